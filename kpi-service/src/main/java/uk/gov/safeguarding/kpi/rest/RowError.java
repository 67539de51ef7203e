package uk.gov.safeguarding.kpi.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why one row of an upload was not stored")
public record RowError(@Schema(description = "1-based line in the file, the header being line 1", examples = "7") long line,
                       @Schema(examples = "england") String field,
                       @Schema(examples = "must be a number such as 81.4") String reason) {
}
