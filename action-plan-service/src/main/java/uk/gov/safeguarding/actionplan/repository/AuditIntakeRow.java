package uk.gov.safeguarding.actionplan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recommendation raised in audit-service, waiting to be read from it (V3__audit_intake.sql). */
@Entity
@Table(name = "audit_intake")
public class AuditIntakeRow extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String TAKEN = "TAKEN";

    @Id
    @Column(name = "recommendation_ref")
    public UUID recommendationRef;

    @Column(name = "audit_ref")
    public UUID auditRef;

    @Column(name = "local_authority")
    public String localAuthority;

    @Column(name = "audit_type")
    public String auditType;

    public int number;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] refs = new String[0];

    public String href;

    @Column(name = "raised_by")
    public String raisedBy;

    @Column(name = "raised_at")
    public Instant raisedAt;

    public String status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Column(name = "received_at")
    public Instant receivedAt;
}
