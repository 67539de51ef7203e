package uk.gov.safeguarding.kpi.domain;

import java.math.BigDecimal;

/**
 * Red, amber or green against a target: green on the right side of the target (meeting it counts),
 * amber short of it by no more than the tolerance, red beyond that.
 */
public enum Rag {
    GREEN,
    AMBER,
    RED;

    /** Null when there is no value, no target, or no better direction to rate against. */
    public static Rag rate(BigDecimal value, BigDecimal target, BigDecimal amberTolerance, Polarity polarity) {
        if (value == null || target == null || polarity == Polarity.NEITHER) {
            return null;
        }
        BigDecimal shortfall = polarity == Polarity.HIGHER_IS_BETTER ? target.subtract(value) : value.subtract(target);
        if (shortfall.signum() <= 0) {
            return GREEN;
        }
        BigDecimal tolerance = amberTolerance == null ? BigDecimal.ZERO : amberTolerance;
        return shortfall.compareTo(tolerance) <= 0 ? AMBER : RED;
    }
}
