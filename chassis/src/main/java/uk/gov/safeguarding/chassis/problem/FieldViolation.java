package uk.gov.safeguarding.chassis.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldViolation")
public record FieldViolation(
        @Schema(description = "JSON path of the field, or the query parameter, or the CSV column",
                examples = "children[0].childRef")
        String field,
        @Schema(description = "Why the value is not accepted", examples = "must be 1 to 20 letters or digits")
        String message) {
}
