package uk.gov.safeguarding.chassis.events;

import java.time.Instant;
import java.util.UUID;

/** An outbox row read by the relay: everything the envelope needs, nothing more. */
public record PendingEvent(UUID id, long seq, String topic, String aggregateId, String eventType,
                           String payload, Instant occurredAt) {
}
