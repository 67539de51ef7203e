package uk.gov.safeguarding.kpi.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * A KPI's figures for one month as a scrutiny report prints them, worked out from the monthly tallies
 * of the same council and breakdown.
 */
public record MonthFigures(
        YearMonth month,
        Tally tally,
        BigDecimal value,
        Tally sixMonthTally,
        BigDecimal sixMonthAverage,
        BigDecimal changeOnLastMonth,
        BigDecimal changeOnLastYear,
        BigDecimal changeOnLastYearPercent) {

    /**
     * How many later months a month's tally feeds: the 6-month averages of the five after it, the change
     * on last month of the next, and the year-on-year of the twelfth.
     */
    public static final int LATER_MONTHS_DEPENDING = 12;

    /**
     * Change on last month and on the same month last year are differences in the KPI's own unit
     * (percentage points for a percentage); the year-on-year percentage is the relative change that
     * volume reports quote ("contacts up 56.7%").
     */
    public static MonthFigures of(Map<YearMonth, Tally> series, YearMonth month, KpiUnit unit) {
        Tally tally = series.getOrDefault(month, Tally.EMPTY);
        BigDecimal value = valueOf(series, month, unit);
        Tally pooled = SixMonthAverage.pooled(series, month);
        BigDecimal lastMonth = valueOf(series, month.minusMonths(1), unit);
        BigDecimal lastYear = valueOf(series, month.minusYears(1), unit);
        return new MonthFigures(month, tally, value, pooled, unit.valueOf(pooled.numerator(), pooled.denominator()),
                Change.difference(value, lastMonth), Change.difference(value, lastYear), Change.percent(value, lastYear));
    }

    private static BigDecimal valueOf(Map<YearMonth, Tally> series, YearMonth month, KpiUnit unit) {
        Tally tally = series.get(month);
        return tally == null ? null : unit.valueOf(tally.numerator(), tally.denominator());
    }
}
