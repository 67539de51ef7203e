package uk.gov.safeguarding.audit.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stored finding of an audit (V6__audits.sql). */
@Entity
@Table(name = "audit_finding")
public class FindingRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "audit_id")
    public UUID auditId;

    public int number;

    public String kind;

    public String text;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
