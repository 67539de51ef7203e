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
}
