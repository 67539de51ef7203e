package uk.gov.safeguarding.kpi.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why one record of a batch was not stored")
public record RecordError(@Schema(description = "1-based position in the batch (the line of an NDJSON body)", examples = "3")
                          long item,
                          @Schema(examples = "LL-ASM-102938") String recordId,
                          @Schema(examples = "authorisedDate") String field,
                          @Schema(examples = "must not be before startDate") String reason) {
}
