package uk.gov.safeguarding.chassis.events;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 in Kafka binary mode: attributes as {@code ce_*} headers, the data as the JSON value.
 * The record key is the aggregate id so that one aggregate's events stay in one partition, in order.
 */
public final class EventEnvelope {

    public static final String SPEC_VERSION = "1.0";
    public static final String HEADER_SPEC_VERSION = "ce_specversion";
    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_SUBJECT = "ce_subject";
    public static final String HEADER_TIME = "ce_time";
    public static final String HEADER_CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private EventEnvelope() {
    }

    /** {@code safeguarding.<aggregate>.<event>.v<version>}, e.g. {@code safeguarding.contact.decided.v1}. */
    public static String type(String aggregateType, String eventName, int version) {
        return "safeguarding." + aggregateType + "." + eventName + ".v" + version;
    }

    /** {@code /contacts-service} for the service called {@code contacts-service}. */
    public static String source(String serviceName) {
        return "/" + serviceName;
    }

    public static ProducerRecord<String, byte[]> toRecord(PendingEvent event, String serviceName) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, HEADER_SPEC_VERSION, SPEC_VERSION);
        header(headers, HEADER_ID, event.id().toString());
        header(headers, HEADER_TYPE, event.eventType());
        header(headers, HEADER_SOURCE, source(serviceName));
        header(headers, HEADER_SUBJECT, event.aggregateId());
        header(headers, HEADER_TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        header(headers, HEADER_CONTENT_TYPE, JSON);
        return new ProducerRecord<>(event.topic(), null, event.aggregateId(),
                event.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
