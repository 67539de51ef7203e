package uk.gov.safeguarding.chassis.events;

/**
 * What a service does with the events of one topic. Implement it as a CDI bean and the chassis runs a
 * consumer for it: each event is handled once (the inbox drops redeliveries, in the same transaction as
 * the handler's effect), and an event that keeps failing goes to {@code <topic>.dlt} while the consumer
 * moves on.
 */
public interface EventHandler {

    /** Names the consumer group and the inbox rows, e.g. {@code kpi-service.contacts}. */
    String consumerName();

    String topic();

    /** Runs inside the transaction that also records the event in the inbox. */
    void handle(ReceivedEvent event) throws Exception;
}
