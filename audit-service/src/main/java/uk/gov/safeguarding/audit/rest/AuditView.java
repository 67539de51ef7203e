package uk.gov.safeguarding.audit.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.repository.AuditRow;
import uk.gov.safeguarding.audit.repository.AuditToolRow;

@Schema(name = "Audit", description = "An audit: what kind, of what, by whom, with which tool version and sample, where it stands")
public record AuditView(
        UUID id,
        @Schema(examples = "E06000015") String localAuthority,
        @Schema(examples = "THEMATIC_DIP_SAMPLE") String type,
        List<String> methods,
        String theme,
        String scope,
        List<String> teams,
        String leadAuditor,
        @Schema(examples = "case-file-audit") String toolKey,
        @Schema(examples = "1") int toolVersion,
        UUID sampleId,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        @Schema(description = "PLANNED, SAMPLING, IN_PROGRESS, MODERATION, COMPLETED or CANCELLED") String status,
        String cancelReason,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    static AuditView of(AuditRow row) {
        AuditToolRow tool = AuditToolRow.findById(row.toolId);
        return new AuditView(row.id, row.localAuthority, row.type.name(), List.of(row.methods), row.theme, row.scope,
                List.of(row.teams), row.leadAuditor, tool.key, tool.version, row.sampleId, row.plannedStart, row.plannedEnd,
                row.actualStart, row.actualEnd, row.status.name(), row.cancelReason, row.createdBy, row.createdAt,
                row.updatedAt);
    }
}
