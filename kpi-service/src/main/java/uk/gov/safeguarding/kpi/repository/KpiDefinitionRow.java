package uk.gov.safeguarding.kpi.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.domain.KpiParameters;
import uk.gov.safeguarding.kpi.domain.KpiUnit;
import uk.gov.safeguarding.kpi.domain.Polarity;

@Entity
@Table(name = "kpi_definition")
public class KpiDefinitionRow extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public String numerator;
    public String denominator;
    @Enumerated(EnumType.STRING)
    public KpiUnit unit;
    @Enumerated(EnumType.STRING)
    public Polarity polarity;
    @Column(name = "timescale_rule")
    public String timescaleRule;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> parameters;
    public BigDecimal target;
    @Column(name = "amber_tolerance")
    public BigDecimal amberTolerance;
    @Column(name = "breach_after_red_months")
    public int breachAfterRedMonths;
    @Column(name = "by_team")
    public boolean byTeam;
    @Column(name = "rate_per_10000_children")
    public boolean ratePer10000Children;
    @Column(name = "display_order")
    public int displayOrder;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public KpiDefinition toDefinition() {
        return new KpiDefinition(code, name, numerator, denominator, unit, polarity, timescaleRule,
                new KpiParameters(parameters), target, amberTolerance, breachAfterRedMonths, byTeam,
                ratePer10000Children);
    }
}
