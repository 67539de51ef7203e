package uk.gov.safeguarding.audit.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Moderation", description = "A second auditor's grades for a submitted case audit: the same as the "
        + "auditor's to agree, others with the reason")
public record ModerateRequest(
        @NotNull @Size(max = 30) Map<@NotNull @Size(max = 64) String, @NotNull @Size(max = 64) String> grades,
        @NotNull @Size(max = 64) @Schema(examples = "REQUIRES_IMPROVEMENT") String overall,
        @Size(max = 2000) @Schema(examples = "No management oversight recorded after the second contact") String reason) {
}
