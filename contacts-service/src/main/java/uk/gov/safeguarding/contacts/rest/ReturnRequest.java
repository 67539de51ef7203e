package uk.gov.safeguarding.contacts.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReturnForRescreening")
public record ReturnRequest(
        @NotBlank @Size(max = 1000) @Schema(examples = "Check with the health visitor before deciding.")
        String reason) {
}
