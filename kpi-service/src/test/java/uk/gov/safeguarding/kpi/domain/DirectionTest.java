package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DirectionTest {

    @Test
    void readsTheMovementWithThePolarity() {
        BigDecimal up = new BigDecimal("88.4");
        BigDecimal down = new BigDecimal("87.1");
        assertThat(Direction.of(up, down, Polarity.HIGHER_IS_BETTER))
                .isEqualTo(new Direction(Direction.Movement.UP, true));
        assertThat(Direction.of(up, down, Polarity.LOWER_IS_BETTER))
                .isEqualTo(new Direction(Direction.Movement.UP, false));
        assertThat(Direction.of(down, up, Polarity.NEITHER))
                .isEqualTo(new Direction(Direction.Movement.DOWN, null));
        assertThat(Direction.of(up, new BigDecimal("88.40"), Polarity.HIGHER_IS_BETTER).movement())
                .isEqualTo(Direction.Movement.STEADY);
        assertThat(Direction.of(null, down, Polarity.HIGHER_IS_BETTER)).isNull();
    }
}
