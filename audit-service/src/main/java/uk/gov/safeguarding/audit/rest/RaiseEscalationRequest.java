package uk.gov.safeguarding.audit.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.council.CouncilCode;

@Schema(name = "RaiseEscalation", description = "A child found at risk now, in an audit")
public record RaiseEscalationRequest(
        @NotNull @CouncilCode @Schema(examples = "E06000015") String localAuthority,
        @Schema(description = "The audit the child was found in, when there is one") UUID auditId,
        @NotNull @Pattern(regexp = "^[A-Za-z0-9]{1,20}$", message = "must be 1 to 20 letters or digits")
        @Schema(description = "The child's pseudonymous ref", examples = "DB1234567") String childRef,
        @NotBlank @Size(max = 2000)
        @Schema(description = "What the auditor found; stays in this service, never in an event. No names or addresses.",
                examples = "No visit for 9 weeks while on a plan; school reports new injuries")
        String concern) {
}
