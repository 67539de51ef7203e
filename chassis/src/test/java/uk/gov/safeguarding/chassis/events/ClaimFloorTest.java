package uk.gov.safeguarding.chassis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClaimFloorTest {

    private static final int BATCH = 500;

    private Instant now;
    private ClaimFloor floor;

    @BeforeEach
    void startAtZero() {
        now = Instant.parse("2026-11-30T10:00:00Z");
        floor = new ClaimFloor(() -> now, Duration.ofSeconds(1));
    }

    @Test
    void aFullBatchPublishedWholeRaisesTheFloorToItsLastRow() {
        assertThat(floor.seq()).isZero();
        floor.afterBatch(BATCH, 500, 500, 1_500);
        assertThat(floor.seq()).isEqualTo(1_500);
        floor.afterBatch(BATCH, 500, 500, 2_000);
        assertThat(floor.seq()).isEqualTo(2_000);
    }

    @Test
    void aShortBatchMeansCaughtUpSoTheNextClaimLooksFromTheStart() {
        floor.afterBatch(BATCH, 500, 500, 1_500);
        floor.afterBatch(BATCH, 499, 499, 1_999);
        assertThat(floor.seq()).isZero();
    }

    @Test
    void aRowLeftBehindOrFailedLowersTheFloor() {
        floor.afterBatch(BATCH, 500, 500, 1_500);
        floor.afterBatch(BATCH, 500, 498, 2_000);
        assertThat(floor.seq()).isZero();
    }

    @Test
    void aFloorHeldForItsMaximumAgeGoesBackToZeroSoLateRowsAreSeen() {
        floor.afterBatch(BATCH, 500, 500, 1_500);
        now = now.plusMillis(600);
        floor.afterBatch(BATCH, 500, 500, 2_000);
        assertThat(floor.seq()).isEqualTo(2_000);
        now = now.plusMillis(400);
        assertThat(floor.seq()).isZero();
        // The age counts again from the next raise, not from the first one.
        now = now.plusMillis(100);
        floor.afterBatch(BATCH, 500, 500, 2_500);
        now = now.plusMillis(900);
        assertThat(floor.seq()).isEqualTo(2_500);
    }
}
