package uk.gov.safeguarding.kpi.domain;

import java.time.YearMonth;
import java.util.Map;

/**
 * The "6 Month Average" of council reports, pooled: all numerators over all denominators of the six
 * months ending with the month, so a quiet month does not weigh as much as a busy one.
 */
public final class SixMonthAverage {

    public static final int MONTHS = 6;

    private SixMonthAverage() {
    }

    /** Months without a tally add nothing. */
    public static Tally pooled(Map<YearMonth, Tally> series, YearMonth endingWith) {
        Tally pooled = Tally.EMPTY;
        for (int back = 0; back < MONTHS; back++) {
            pooled = pooled.plus(series.getOrDefault(endingWith.minusMonths(back), Tally.EMPTY));
        }
        return pooled;
    }
}
