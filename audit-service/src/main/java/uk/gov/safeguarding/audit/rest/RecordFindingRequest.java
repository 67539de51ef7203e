package uk.gov.safeguarding.audit.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.service.AuditFindings;

@Schema(name = "RecordFinding", description = "A finding of an audit: a strength, an area for development or a concern")
public record RecordFindingRequest(
        @NotNull @Schema(examples = "AREA_FOR_DEVELOPMENT") AuditFindings.Kind kind,
        @NotBlank @Size(max = 4000)
        @Schema(description = "No names or addresses", examples = "Strategy meetings rarely include education") String text) {
}
