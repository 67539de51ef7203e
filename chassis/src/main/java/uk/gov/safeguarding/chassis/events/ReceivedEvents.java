package uk.gov.safeguarding.chassis.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A Kafka record in CloudEvents binary mode, read as the {@link ReceivedEvent} a handler gets. */
final class ReceivedEvents {

    private ReceivedEvents() {
    }

    /** @throws java.time.format.DateTimeParseException when ce_time is not an RFC 3339 time */
    static ReceivedEvent of(ConsumerRecord<String, byte[]> record, String id) {
        String time = header(record, EventEnvelope.HEADER_TIME);
        return new ReceivedEvent(id, header(record, EventEnvelope.HEADER_TYPE), header(record, EventEnvelope.HEADER_SOURCE),
                header(record, EventEnvelope.HEADER_SUBJECT), time == null ? null : Instant.parse(time), record.key(),
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8), record.topic(),
                record.partition(), record.offset());
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
