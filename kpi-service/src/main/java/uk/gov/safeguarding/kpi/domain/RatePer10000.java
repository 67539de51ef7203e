package uk.gov.safeguarding.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A count of children as a rate per 10,000 children aged 0 to 17, to one decimal place (DfE's measure). */
public final class RatePer10000 {

    private RatePer10000() {
    }

    /** Null when there is no count or no population to divide by. */
    public static BigDecimal of(BigDecimal children, Long population) {
        if (children == null || population == null || population <= 0) {
            return null;
        }
        return children.multiply(BigDecimal.valueOf(10_000)).divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP);
    }
}
