package uk.gov.safeguarding.actionplan.repository;

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
import uk.gov.safeguarding.actionplan.domain.SourceType;

/** A stored source of recommendations (V2__action_plans.sql). */
@Entity
@Table(name = "source")
public class SourceRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    public SourceType type;

    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "local_authorities")
    public String[] localAuthorities = new String[0];

    @Column(name = "commissioned_by")
    public String commissionedBy;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "response_due")
    public LocalDate responseDue;

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
