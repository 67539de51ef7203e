package uk.gov.safeguarding.actionplan.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * Whether an action is working, by the KPI it named: the latest published value for a council, its trend over
 * the last six published months in the direction the action wants (or the KPI's polarity), and whether the
 * action's target (or else the KPI's own) is met. A move of less than 2% of the earlier value (and at least 0.1)
 * is steady: monthly figures of a few dozen children wobble that much by themselves.
 */
public final class ImpactMeasure {

    public enum Trend { IMPROVING, STEADY, WORSENING, UNKNOWN }

    public record Point(YearMonth month, BigDecimal value) {
    }

    /**
     * @param targetMet null when there is no target to meet, no value yet or no direction to read it in
     */
    public record Impact(String kpiCode, String localAuthority, YearMonth latestMonth, BigDecimal latestValue,
                         String latestRag, BigDecimal target, Boolean targetMet, Trend trend, List<Point> recent) {
    }

    public static final int MONTHS = 6;
    private static final BigDecimal STEADY_SHARE = new BigDecimal("0.02");
    private static final BigDecimal STEADY_AT_LEAST = new BigDecimal("0.1");

    private ImpactMeasure() {
    }

    /**
     * @param direction UP or DOWN as the action says; null to take the KPI's polarity
     * @param months    the KPI's published months for the council, any order
     */
    public static Impact of(String kpiCode, String localAuthority, String direction, BigDecimal actionTarget,
                            List<KpiMonth> months) {
        List<KpiMonth> recent = months.stream().filter(m -> m.value() != null)
                .sorted(Comparator.comparing(KpiMonth::month).reversed()).limit(MONTHS)
                .sorted(Comparator.comparing(KpiMonth::month)).toList();
        List<Point> points = recent.stream().map(m -> new Point(m.month(), m.value())).toList();
        if (recent.isEmpty()) {
            return new Impact(kpiCode, localAuthority, null, null, null, actionTarget, null, Trend.UNKNOWN, points);
        }
        KpiMonth latest = recent.get(recent.size() - 1);
        int better = better(direction, latest.polarity());
        BigDecimal target = actionTarget != null ? actionTarget : latest.target();
        Boolean met = target == null || better == 0 ? null : latest.value().compareTo(target) * better >= 0;
        return new Impact(kpiCode, localAuthority, latest.month(), latest.value(), latest.rag(), target, met,
                trend(recent.get(0).value(), latest.value(), better, recent.size()), points);
    }

    /** +1 when a higher value is better, -1 when lower is, 0 when neither is said. */
    private static int better(String direction, String polarity) {
        if ("UP".equals(direction)) {
            return 1;
        }
        if ("DOWN".equals(direction)) {
            return -1;
        }
        if ("HIGHER_IS_BETTER".equals(polarity)) {
            return 1;
        }
        return "LOWER_IS_BETTER".equals(polarity) ? -1 : 0;
    }

    private static Trend trend(BigDecimal earliest, BigDecimal latest, int better, int months) {
        if (months < 2 || better == 0) {
            return Trend.UNKNOWN;
        }
        BigDecimal change = latest.subtract(earliest);
        BigDecimal steady = earliest.abs().multiply(STEADY_SHARE).max(STEADY_AT_LEAST);
        if (change.abs().compareTo(steady) < 0) {
            return Trend.STEADY;
        }
        return change.signum() * better > 0 ? Trend.IMPROVING : Trend.WORSENING;
    }
}
