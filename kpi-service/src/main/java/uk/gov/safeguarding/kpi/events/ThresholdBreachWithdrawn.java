package uk.gov.safeguarding.kpi.events;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import uk.gov.safeguarding.kpi.domain.Rag;

/**
 * Body of {@code safeguarding.kpi.threshold-breach-withdrawn.v1}: revised figures or a changed target leave
 * no run of red months where an announced breach was. action-plan-service can then review the "KPI
 * exception" it opened; the breach is announced again if such a run comes back.
 */
public record ThresholdBreachWithdrawn(
        String kpiCode,
        String kpiName,
        String localAuthority,
        YearMonth runStart,
        YearMonth breachedIn,
        int breachAfterRedMonths,
        BigDecimal target,
        List<MonthRating> months) {

    /** A month of the withdrawn run as it stands now; value and rating are null when it has no figure. */
    public record MonthRating(YearMonth month, BigDecimal value, Rag rag) {
    }
}
