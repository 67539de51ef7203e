package uk.gov.safeguarding.kpi.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A KPI's comparators for one reporting year (April to March). */
@Entity
@Table(name = "kpi_benchmark")
@IdClass(KpiBenchmarkRow.Key.class)
public class KpiBenchmarkRow extends PanacheEntityBase {

    @Id
    @Column(name = "kpi_code")
    public String kpiCode;
    @Id
    public String period;
    @Column(name = "statistical_neighbours")
    public BigDecimal statisticalNeighbours;
    public BigDecimal england;
    public String source;
    @Column(name = "loaded_at")
    public Instant loadedAt;
    @Column(name = "loaded_by")
    public String loadedBy;

    /** The composite key, as JPA wants it: a class with the same field names. */
    public static class Key implements Serializable {
        public String kpiCode;
        public String period;

        public Key() {
        }

        public Key(String kpiCode, String period) {
            this.kpiCode = kpiCode;
            this.period = period;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(kpiCode, key.kpiCode) && Objects.equals(period, key.period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kpiCode, period);
        }
    }
}
