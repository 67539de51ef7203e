package uk.gov.safeguarding.chassis.uploads;

/** Why a row was refused: its line in the file (or sheet), the field or column, and the reason. */
public record UploadRowError(long line, String field, String reason) {
}
