package uk.gov.safeguarding.audit.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.safeguarding.audit.domain.audit.CaseAudit;
import uk.gov.safeguarding.audit.domain.audit.CaseAuditGrades;
import uk.gov.safeguarding.audit.domain.audit.Moderation;

/** A stored case audit with its moderation, if any (V6__audits.sql). */
@Entity
@Table(name = "case_audit")
public class CaseAuditRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "audit_id")
    public UUID auditId;

    @Column(name = "child_ref")
    public String childRef;

    public String team;

    public String auditor;

    @Enumerated(EnumType.STRING)
    public CaseAudit.Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, CaseAudit.Answer> answers;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> grades;

    public String overall;

    public String strengths;

    @Column(name = "areas_for_development")
    public String areasForDevelopment;

    @Column(name = "actions_for_team")
    public String actionsForTeam;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public String moderator;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "moderated_grades")
    public Map<String, String> moderatedGrades;

    @Column(name = "moderated_overall")
    public String moderatedOverall;

    @Column(name = "moderation_reason")
    public String moderationReason;

    @Column(name = "moderation_agrees")
    public Boolean moderationAgrees;

    @Column(name = "moderated_at")
    public Instant moderatedAt;

    public CaseAudit caseAudit() {
        return new CaseAudit(auditor, status, answers, new CaseAuditGrades(grades, overall));
    }

    public void hold(CaseAudit caseAudit) {
        status = caseAudit.status();
        answers = caseAudit.answers();
        grades = caseAudit.grades().byDomain();
        overall = caseAudit.grades().overall();
    }

    public void hold(Moderation moderation, boolean agrees, Instant at) {
        moderator = moderation.moderator();
        moderatedGrades = moderation.grades().byDomain();
        moderatedOverall = moderation.grades().overall();
        moderationReason = moderation.reason();
        moderationAgrees = agrees;
        moderatedAt = at;
    }
}
