package uk.gov.safeguarding.actionplan.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import uk.gov.safeguarding.actionplan.domain.KpiMonth;

/** The KPI months kpi-service published (V6__impact_measures.sql): the latest version of each. */
@ApplicationScoped
public class KpiMonths {

    private final EntityManager em;

    public KpiMonths(EntityManager em) {
        this.em = em;
    }

    /** Keeps {@code month} unless a later version of it is here already (events may arrive out of order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(KpiMonth month, Instant publishedAt) {
        em.createNativeQuery("""
                        INSERT INTO kpi_month (kpi_code, local_authority, month, version, value, target, polarity, rag,
                                               published_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT (kpi_code, local_authority, month) DO UPDATE SET version = excluded.version,
                            value = excluded.value, target = excluded.target, polarity = excluded.polarity,
                            rag = excluded.rag, published_at = excluded.published_at
                        WHERE kpi_month.version < excluded.version""")
                .setParameter(1, month.kpiCode()).setParameter(2, month.localAuthority())
                .setParameter(3, Date.valueOf(month.month().atDay(1))).setParameter(4, month.version())
                .setParameter(5, month.value()).setParameter(6, month.target()).setParameter(7, month.polarity())
                .setParameter(8, month.rag()).setParameter(9, Timestamp.from(publishedAt))
                .executeUpdate();
    }

    /** The latest {@code count} published months of each of these KPIs for each of these councils. */
    @SuppressWarnings("unchecked")
    public List<KpiMonth> latest(Collection<String> kpiCodes, Collection<String> councils, int count) {
        if (kpiCodes.isEmpty() || councils.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT kpi_code, local_authority, month, version, value, target, polarity, rag FROM (
                            SELECT m.*, row_number() OVER (PARTITION BY kpi_code, local_authority ORDER BY month DESC) AS n
                            FROM kpi_month m WHERE kpi_code IN (?1) AND local_authority IN (?2) AND value IS NOT NULL) latest
                        WHERE n <= ?3""")
                .setParameter(1, List.copyOf(kpiCodes)).setParameter(2, List.copyOf(councils))
                .setParameter(3, count).getResultList();
        return rows.stream().map(r -> new KpiMonth((String) r[0], (String) r[1], YearMonth.from(local(r[2])),
                ((Number) r[3]).intValue(), (BigDecimal) r[4], (BigDecimal) r[5], (String) r[6], (String) r[7])).toList();
    }

    private static LocalDate local(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
