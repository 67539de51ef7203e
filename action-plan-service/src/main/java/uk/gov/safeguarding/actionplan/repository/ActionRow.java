package uk.gov.safeguarding.actionplan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.safeguarding.actionplan.domain.Action;
import uk.gov.safeguarding.actionplan.domain.ActionStatus;

/** A stored action (V2__action_plans.sql). */
@Entity
@Table(name = "action")
public class ActionRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    public String what;

    public String owner;

    @Column(name = "owner_role")
    public String ownerRole;

    @Column(name = "owner_agency")
    public String ownerAgency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] partners = new String[0];

    @Enumerated(EnumType.STRING)
    public ActionStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "original_due_date")
    public LocalDate originalDueDate;

    public int revisions;

    @Column(name = "approved_by_board")
    public String approvedByBoard;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "impact_kpi")
    public String impactKpi;

    @Column(name = "impact_direction")
    public String impactDirection;

    @Column(name = "impact_target")
    public BigDecimal impactTarget;

    @Column(name = "has_evidence")
    public boolean hasEvidence;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "due_soon_said_for")
    public LocalDate dueSoonSaidFor;

    @Column(name = "overdue_said_for")
    public LocalDate overdueSaidFor;

    @Column(name = "escalated_for")
    public LocalDate escalatedFor;

    /** The key a recommendations table gave it (V5__imports.sql); null when made otherwise. */
    @Column(name = "import_key")
    public String importKey;

    @Version
    public int version;

    public Action action() {
        return new Action(owner, status, dueDate, originalDueDate, revisions, hasEvidence);
    }

    public void hold(Action action) {
        status = action.status();
        dueDate = action.dueDate();
        originalDueDate = action.originalDueDate();
        revisions = action.revisions();
        hasEvidence = action.hasEvidence();
    }
}
