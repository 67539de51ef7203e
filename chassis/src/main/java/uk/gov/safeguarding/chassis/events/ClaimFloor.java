package uk.gov.safeguarding.chassis.events;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * The sequence number after which the relay's next claim starts, while it drains a backlog.
 *
 * <p>Sent rows are deleted, and their index entries stay until vacuum, so a claim that starts at the
 * lowest sequence walks every row the drain has just sent: in a 1,000,000-row import, claims were
 * PostgreSQL's costliest statement. Starting after the last full batch skips them. A row committed late
 * with a lower sequence than the floor (its transaction took its number earlier) is not lost: the floor
 * goes back to zero whenever a batch was short or left a row behind, and at least every {@code maxAge}.
 */
final class ClaimFloor {

    private final InstantSource clock;
    private final Duration maxAge;
    private long seq;
    private Instant raisedSince;

    ClaimFloor(InstantSource clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The claim takes rows with a greater sequence number than this; zero means from the start. */
    long seq() {
        if (seq > 0 && !clock.instant().isBefore(raisedSince.plus(maxAge))) {
            seq = 0;
        }
        return seq;
    }

    /**
     * Raises the floor to the batch's last sequence number when the whole of a full batch was published;
     * anything else (a short batch, a row kept back for another relay, a failed send) lowers it to zero.
     */
    void afterBatch(int batchSize, int claimed, int published, long lastClaimedSeq) {
        if (claimed >= batchSize && published == claimed) {
            if (seq == 0) {
                raisedSince = clock.instant();
            }
            seq = lastClaimedSeq;
        } else {
            seq = 0;
        }
    }
}
