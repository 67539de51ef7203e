package uk.gov.safeguarding.audit.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtendSample", description = "Draw on: the cases drawn already stay first")
public record ExtendSampleRequest(@NotNull @Min(2) @Max(1_000_000) @Schema(description = "The new size", examples = "30")
                                  Integer size) {
}
