package uk.gov.safeguarding.actionplan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.safeguarding.actionplan.domain.Recommendation;

/** A stored recommendation (V2__action_plans.sql). */
@Entity
@Table(name = "recommendation")
public class RecommendationRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "source_id")
    public UUID sourceId;

    public String number;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] refs = new String[0];

    public String theme;

    public String text;

    @Column(name = "addressed_to")
    public String addressedTo;

    @Enumerated(EnumType.STRING)
    public Recommendation.Response response;

    @Column(name = "response_reason")
    public String responseReason;

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
