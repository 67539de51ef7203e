package uk.gov.safeguarding.audit.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.domain.audit.AuditStatus;

@Schema(name = "MoveAudit", description = "The step an audit moves to; cancelling needs a reason")
public record MoveAuditRequest(
        @NotNull @Schema(examples = "IN_PROGRESS") AuditStatus status,
        @Size(max = 2000) @Schema(examples = "Superseded by the inspection's own dip sample") String reason) {
}
