package uk.gov.safeguarding.kpi.service;

/** Why one item of a batch (or one row of a file) was not stored: its position, id, field and reason. */
public record RecordProblem(long item, String recordId, String field, String reason) {
}
