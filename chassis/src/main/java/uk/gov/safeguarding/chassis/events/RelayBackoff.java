package uk.gov.safeguarding.chassis.events;

import java.time.Duration;
import java.time.Instant;

/** How long the relay waits after a failed attempt: from half a second, doubling, up to a ceiling. */
final class RelayBackoff {

    static final Duration FIRST = Duration.ofMillis(500);

    private final Duration max;
    private Duration current = Duration.ZERO;
    private Instant nextAttempt = Instant.EPOCH;

    RelayBackoff(Duration max) {
        this.max = max;
    }

    boolean waiting(Instant now) {
        return now.isBefore(nextAttempt);
    }

    /** @return the wait now in force */
    Duration failed(Instant now) {
        Duration next = current.isZero() ? FIRST : current.multipliedBy(2);
        current = next.compareTo(max) > 0 ? max : next;
        nextAttempt = now.plus(current);
        return current;
    }

    void succeeded() {
        current = Duration.ZERO;
    }
}
