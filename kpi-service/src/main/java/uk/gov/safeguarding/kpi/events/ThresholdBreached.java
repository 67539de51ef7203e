package uk.gov.safeguarding.kpi.events;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import uk.gov.safeguarding.kpi.domain.Polarity;

/**
 * Body of {@code safeguarding.kpi.threshold-breached.v1}: a KPI has been red for its configured run of
 * months. Sent once per run; action-plan-service turns it into a "KPI exception" recommendation.
 */
public record ThresholdBreached(
        String kpiCode,
        String kpiName,
        String localAuthority,
        YearMonth runStart,
        YearMonth breachedIn,
        int breachAfterRedMonths,
        BigDecimal target,
        BigDecimal amberTolerance,
        Polarity polarity,
        List<MonthValue> redMonths) {

    public record MonthValue(YearMonth month, BigDecimal value) {
    }
}
