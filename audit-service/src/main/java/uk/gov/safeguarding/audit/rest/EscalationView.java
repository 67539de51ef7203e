package uk.gov.safeguarding.audit.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.repository.EscalationRow;
import uk.gov.safeguarding.audit.service.Escalations;

@Schema(name = "Escalation", description = "A safeguarding escalation: open until a manager acknowledges it")
public record EscalationView(
        UUID id,
        @Schema(examples = "E06000015") String localAuthority,
        UUID auditId,
        @Schema(examples = "DB1234567") String childRef,
        String concern,
        String raisedBy,
        Instant raisedAt,
        @Schema(description = "The end of the next working day after it was raised") Instant dueBy,
        @Schema(description = "OPEN, OVERDUE or ACKNOWLEDGED") String status,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String acknowledgement) {

    static EscalationView of(EscalationRow row) {
        return new EscalationView(row.id, row.localAuthority, row.auditId, row.childRef, row.concern, row.raisedBy,
                row.raisedAt, row.dueBy, Escalations.status(row), row.acknowledgedBy, row.acknowledgedAt, row.acknowledgement);
    }
}
