package uk.gov.safeguarding.kpi.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import uk.gov.safeguarding.kpi.domain.Polarity;
import uk.gov.safeguarding.kpi.domain.Rag;

/**
 * Body of {@code safeguarding.kpi.month-published.v1}: a KPI's council-wide figures for a closed month,
 * as first published (version 1) or revised by late data (version 2 and on).
 */
public record MonthPublished(
        String kpiCode,
        String localAuthority,
        YearMonth month,
        int version,
        boolean revised,
        long numerator,
        long denominator,
        BigDecimal value,
        BigDecimal sixMonthAverage,
        BigDecimal changeOnLastMonth,
        BigDecimal changeOnLastYearPercent,
        BigDecimal target,
        Polarity polarity,
        Rag rag,
        Instant publishedAt,
        BigDecimal changeOnLastYearPoints) {
}
