package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BreakdownTest {

    @Test
    void keysRoundTrip() {
        for (Breakdown breakdown : new Breakdown[] {Breakdown.COUNCIL, Breakdown.team("Assessment Team 2"),
                Breakdown.source("1A")}) {
            assertThat(Breakdown.fromKey(breakdown.key())).isEqualTo(breakdown);
        }
        assertThat(Breakdown.COUNCIL.key()).isEmpty();
        assertThatThrownBy(() -> Breakdown.fromKey("worker:x")).isInstanceOf(IllegalArgumentException.class);
    }
}
