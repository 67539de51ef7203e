package uk.gov.safeguarding.kpi.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnnexAUploadError", description = "Why one row of an Annex A upload was not stored")
public record AnnexAUploadErrorView(
        @Schema(description = "The sheet the row is on; null for a CSV", examples = "CP plans") String sheet,
        @Schema(description = "1-based line in the sheet or file, the header being line 1", examples = "17") long line,
        @Schema(description = "The Annex A column", examples = "Was the Child Seen Alone?") String column,
        @Schema(examples = "'Maybe' is not a yes/no value: give a code (Y, N, U), the template's form such as "
                + "'a) Y: Yes', or its words such as 'Yes'") String reason) {
}
