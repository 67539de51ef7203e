package uk.gov.safeguarding.chassis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RelayBackoffTest {

    @Test
    void doublesFromHalfASecondUpToTheCeilingAndResetsOnSuccess() {
        RelayBackoff backoff = new RelayBackoff(Duration.ofSeconds(3));
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        assertThat(backoff.waiting(now)).isFalse();
        assertThat(backoff.failed(now)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.waiting(now.plusMillis(499))).isTrue();
        assertThat(backoff.waiting(now.plusMillis(500))).isFalse();
        assertThat(backoff.failed(now)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.failed(now)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.failed(now)).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.failed(now)).isEqualTo(Duration.ofSeconds(3));
        backoff.succeeded();
        assertThat(backoff.failed(now)).isEqualTo(Duration.ofMillis(500));
    }
}
