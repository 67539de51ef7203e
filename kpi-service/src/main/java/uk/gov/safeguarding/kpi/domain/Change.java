package uk.gov.safeguarding.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Month-on-month and year-on-year movement, as councils' reports print them. */
public final class Change {

    private Change() {
    }

    /**
     * (now − then) / then as a percentage to one decimal place, rounded half up: Derby's contacts went
     * from 1,595 (March 2020) to 2,499 (March 2021), +56.7%. Null when there is no earlier figure or it is 0.
     */
    public static BigDecimal percent(BigDecimal now, BigDecimal then) {
        if (now == null || then == null || then.signum() == 0) {
            return null;
        }
        return now.subtract(then).multiply(BigDecimal.valueOf(100)).divide(then, 1, RoundingMode.HALF_UP);
    }

    /** now − then in the KPI's own unit (percentage points for a percentage). */
    public static BigDecimal difference(BigDecimal now, BigDecimal then) {
        if (now == null || then == null) {
            return null;
        }
        return now.subtract(then);
    }

    /**
     * A change as a scrutiny report prints it: a percentage KPI moves by percentage points (a rate from 4.9% to
     * 16.1% is +11.2 points, not +228.6%), anything else by a relative percent (contacts +56.7%). Exactly one
     * of the two is set, or neither when there is nothing to compare with.
     */
    public record Reported(BigDecimal points, BigDecimal percent) {

        static final Reported NONE = new Reported(null, null);
    }

    /** @param difference now − then in the KPI's own unit */
    public static Reported reported(KpiUnit unit, BigDecimal now, BigDecimal difference) {
        if (now == null || difference == null) {
            return Reported.NONE;
        }
        if (unit == KpiUnit.PERCENT) {
            return new Reported(difference, null);
        }
        return new Reported(null, percent(now, now.subtract(difference)));
    }
}
