package uk.gov.safeguarding.contacts.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactImportError", description = "Why one field of one row was refused")
public record ImportErrorView(
        @Schema(description = "Line in the file, the header being line 1 for CSV", examples = "17") long line,
        @Schema(description = "Column (CSV) or field (NDJSON)", examples = "child_ref") String field,
        @Schema(examples = "must be 1 to 20 letters or digits") String reason) {
}
