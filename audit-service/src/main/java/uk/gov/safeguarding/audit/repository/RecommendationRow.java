package uk.gov.safeguarding.audit.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored recommendation of an audit (V6__audits.sql). */
@Entity
@Table(name = "audit_recommendation")
public class RecommendationRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "audit_id")
    public UUID auditId;

    public int number;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] refs = new String[0];

    public String theme;

    public String text;

    @Column(name = "addressed_to")
    public String addressedTo;

    @Column(name = "raised_by")
    public String raisedBy;

    @Column(name = "raised_at")
    public Instant raisedAt;
}
