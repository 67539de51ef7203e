package uk.gov.safeguarding.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a KPI's numerator and denominator make its value. Counts are stored with a denominator of 1
 * per month, so that the pooled 6-month figure of a count is its monthly mean.
 */
public enum KpiUnit {
    PERCENT,
    COUNT,
    RATIO;

    static final int SCALE = 1;

    /** The value, to one decimal place; null when there is nothing to divide by. */
    public BigDecimal valueOf(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        BigDecimal top = BigDecimal.valueOf(numerator);
        if (this == PERCENT) {
            top = top.multiply(BigDecimal.valueOf(100));
        }
        return top.divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }
}
