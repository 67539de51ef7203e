package uk.gov.safeguarding.audit.rest;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.domain.audit.CaseAudit;
import uk.gov.safeguarding.audit.repository.CaseAuditRow;

@Schema(name = "CaseAuditRecord", description = "One case's audit, with its moderation beside it once moderated")
public record CaseAuditView(
        UUID id,
        UUID auditId,
        @Schema(examples = "DB1234567") String childRef,
        String team,
        String auditor,
        @Schema(description = "DRAFT or SUBMITTED") String status,
        Map<String, CaseAudit.Answer> answers,
        Map<String, String> grades,
        String overall,
        String strengths,
        String areasForDevelopment,
        String actionsForTeam,
        Instant submittedAt,
        Moderated moderation) {

    @Schema(name = "CaseAuditModeration")
    public record Moderated(String moderator, Map<String, String> grades, String overall, String reason, boolean agrees,
                            Instant moderatedAt) {
    }

    static CaseAuditView of(CaseAuditRow row) {
        return new CaseAuditView(row.id, row.auditId, row.childRef, row.team, row.auditor, row.status.name(), row.answers,
                row.grades, row.overall, row.strengths, row.areasForDevelopment, row.actionsForTeam, row.submittedAt,
                row.moderatedAt == null ? null : new Moderated(row.moderator, row.moderatedGrades, row.moderatedOverall,
                        row.moderationReason, row.moderationAgrees, row.moderatedAt));
    }
}
