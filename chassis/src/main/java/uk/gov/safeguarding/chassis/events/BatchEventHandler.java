package uk.gov.safeguarding.chassis.events;

import java.util.List;

/**
 * An {@link EventHandler} that takes the events of one poll together, in one transaction with their inbox
 * rows: for a consumer whose throughput is bounded by commits (the activity log appends thousands of entries
 * a second; one transaction an event would cap it at the disk's commit rate). If a batch fails, its events
 * are handled again one at a time, so one bad event goes to the dead-letter topic alone.
 */
public interface BatchEventHandler extends EventHandler {

    /** Runs inside the transaction that records them in the inbox; holds only first deliveries, in poll order. */
    void handleAll(List<ReceivedEvent> events) throws Exception;

    @Override
    default void handle(ReceivedEvent event) throws Exception {
        handleAll(List.of(event));
    }
}
