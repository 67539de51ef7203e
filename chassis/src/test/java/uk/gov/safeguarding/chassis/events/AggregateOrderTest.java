package uk.gov.safeguarding.chassis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AggregateOrderTest {

    private static PendingEvent event(String aggregate, long seq) {
        return new PendingEvent(UUID.randomUUID(), seq, "t", aggregate, "e", "{}", Instant.EPOCH);
    }

    @Test
    void rowsThatContinueTheirAggregatesUnsentSequenceArePublished() {
        List<PendingEvent> claimed = List.of(event("a", 1), event("b", 2), event("a", 3));
        assertThat(AggregateOrder.publishable(claimed, Map.of("a", List.of(1L, 3L), "b", List.of(2L))))
                .extracting(PendingEvent::seq).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anAggregateWhoseEarlierRowAnotherRelayHoldsWaitsWhole() {
        // seq 1 of "a" is locked by another relay: this relay claimed 4 and 6, and must publish neither.
        List<PendingEvent> claimed = List.of(event("a", 4), event("b", 5), event("a", 6));
        assertThat(AggregateOrder.publishable(claimed, Map.of("a", List.of(1L, 4L, 6L), "b", List.of(5L))))
                .extracting(PendingEvent::seq).containsExactly(5L);
    }

    @Test
    void aGapInsideTheBatchStopsTheAggregateThere() {
        List<PendingEvent> claimed = List.of(event("a", 1), event("a", 3));
        assertThat(AggregateOrder.publishable(claimed, Map.of("a", List.of(1L, 2L, 3L))))
                .extracting(PendingEvent::seq).containsExactly(1L);
    }
}
