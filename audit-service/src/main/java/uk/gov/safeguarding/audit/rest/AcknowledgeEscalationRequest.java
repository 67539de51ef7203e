package uk.gov.safeguarding.audit.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcknowledgeEscalation", description = "A manager taking the escalation on")
public record AcknowledgeEscalationRequest(
        @Size(max = 1000) @Schema(description = "What is being done; stays in this service", examples = "Strategy discussion today")
        String note) {
}
