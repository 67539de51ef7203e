package uk.gov.safeguarding.kpi.service;

/** Why one row of an uploaded file was not stored: its line (the header being line 1), field and reason. */
public record RowProblem(long line, String field, String reason) {
}
