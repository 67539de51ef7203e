package uk.gov.safeguarding.audit.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stored escalation (V5__escalations.sql). */
@Entity
@Table(name = "escalation")
public class EscalationRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "local_authority")
    public String localAuthority;

    @Column(name = "audit_id")
    public UUID auditId;

    @Column(name = "child_ref")
    public String childRef;

    public String concern;

    @Column(name = "raised_by")
    public String raisedBy;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "due_by")
    public Instant dueBy;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    public String acknowledgement;

    @Column(name = "overdue_announced_at")
    public Instant overdueAnnouncedAt;
}
