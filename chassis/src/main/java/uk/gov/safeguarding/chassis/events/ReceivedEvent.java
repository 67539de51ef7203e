package uk.gov.safeguarding.chassis.events;

import java.time.Instant;

/** A CloudEvent read from Kafka: its attributes from the {@code ce_*} headers and its JSON body. */
public record ReceivedEvent(String id, String type, String source, String subject, Instant time, String key,
                            String data, String topic, int partition, long offset) {
}
