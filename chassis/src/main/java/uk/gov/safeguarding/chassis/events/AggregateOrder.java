package uk.gov.safeguarding.chassis.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which claimed rows may be published now: per aggregate, only those that continue its unsent sequence
 * without a gap. A gap means another relay holds an earlier row of that aggregate, which must go first, so
 * each aggregate's events reach the broker in order even with two relays.
 */
final class AggregateOrder {

    private AggregateOrder() {
    }

    /**
     * @param claimed         this relay's rows, in sequence order
     * @param unsentByAggregate every unsent sequence number of each claimed aggregate up to the last claimed, ascending
     */
    static List<PendingEvent> publishable(List<PendingEvent> claimed, Map<String, List<Long>> unsentByAggregate) {
        Map<String, Integer> position = new HashMap<>();
        Set<String> blocked = new HashSet<>();
        List<PendingEvent> publishable = new java.util.ArrayList<>(claimed.size());
        for (PendingEvent event : claimed) {
            String aggregate = event.aggregateId();
            if (blocked.contains(aggregate)) {
                continue;
            }
            int index = position.getOrDefault(aggregate, 0);
            List<Long> unsent = unsentByAggregate.getOrDefault(aggregate, List.of());
            if (index < unsent.size() && unsent.get(index) == event.seq()) {
                publishable.add(event);
                position.put(aggregate, index + 1);
            } else {
                blocked.add(aggregate);
            }
        }
        return publishable;
    }
}
