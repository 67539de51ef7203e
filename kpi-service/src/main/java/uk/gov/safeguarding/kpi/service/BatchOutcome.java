package uk.gov.safeguarding.kpi.service;

import java.util.List;

/** What a batch of practice records changed, and which items failed and why (in the order sent). */
public record BatchOutcome(long received, long stored, long deleted, long failed, List<RecordProblem> errors) {
}
