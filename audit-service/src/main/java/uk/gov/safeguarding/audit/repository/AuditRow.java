package uk.gov.safeguarding.audit.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.safeguarding.audit.domain.audit.AuditStatus;
import uk.gov.safeguarding.audit.domain.audit.AuditType;

/** A stored audit (V6__audits.sql). */
@Entity
@Table(name = "audit")
public class AuditRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "local_authority")
    public String localAuthority;

    @Enumerated(EnumType.STRING)
    @Column(name = "audit_type")
    public AuditType type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] methods = new String[0];

    public String theme;

    public String scope;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] teams = new String[0];

    @Column(name = "lead_auditor")
    public String leadAuditor;

    @Column(name = "tool_id")
    public UUID toolId;

    @Column(name = "sample_id")
    public UUID sampleId;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    @Column(name = "actual_start")
    public LocalDate actualStart;

    @Column(name = "actual_end")
    public LocalDate actualEnd;

    @Enumerated(EnumType.STRING)
    public AuditStatus status;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
