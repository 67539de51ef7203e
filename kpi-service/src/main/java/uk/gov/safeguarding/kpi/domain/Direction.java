package uk.gov.safeguarding.kpi.domain;

import java.math.BigDecimal;

/** Direction of travel on the previous month: the arrow of a scorecard, and whether it is good news. */
public record Direction(Movement movement, Boolean improving) {

    public enum Movement { UP, DOWN, STEADY }

    /** Null when either month has no value; {@code improving} is null for a KPI with no better direction. */
    public static Direction of(BigDecimal now, BigDecimal before, Polarity polarity) {
        if (now == null || before == null) {
            return null;
        }
        int compared = now.compareTo(before);
        Movement movement = compared == 0 ? Movement.STEADY : compared > 0 ? Movement.UP : Movement.DOWN;
        Boolean improving = switch (polarity) {
            case NEITHER -> null;
            case HIGHER_IS_BETTER -> compared == 0 ? null : compared > 0;
            case LOWER_IS_BETTER -> compared == 0 ? null : compared < 0;
        };
        return new Direction(movement, improving);
    }
}
