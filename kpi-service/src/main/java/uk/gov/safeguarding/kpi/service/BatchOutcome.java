package uk.gov.safeguarding.kpi.service;

import java.util.List;

/**
 * What a batch of practice records changed, counted in items sent (records of the API, rows of a file):
 * received, stored, failed; and the records the stored items made (an Annex A row of List 7 or 8 makes up
 * to three) and deleted. Errors are in the order sent.
 */
public record BatchOutcome(long received, long stored, long deleted, long failed, long recordsStored,
                           List<RecordProblem> errors) {
}
