package uk.gov.safeguarding.kpi.service;

import java.util.List;

/** What an upload stored, and which rows failed and why. */
public record UploadOutcome(long rowsRead, long stored, long failed, List<RowProblem> errors) {
}
