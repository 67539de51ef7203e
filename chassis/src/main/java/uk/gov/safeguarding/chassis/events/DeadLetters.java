package uk.gov.safeguarding.chassis.events;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.kernel.Topics;

/**
 * One consumer's dead-letter producer: an event it cannot apply goes, unchanged, to
 * {@code <topic>.dlt} with the reason and the consumer's name in headers.
 */
final class DeadLetters implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final String consumerName;
    private final KafkaProducer<String, byte[]> producer;

    DeadLetters(String consumerName, Map<String, Object> kafkaConfig) {
        this.consumerName = consumerName;
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, consumerName + "-dead-letters");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** @throws IllegalStateException when the dead-letter topic cannot be reached: the offset must not move on */
    void send(ConsumerRecord<String, byte[]> record, String reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(EventConsumers.ERROR_HEADER, truncate(reason).getBytes(StandardCharsets.UTF_8));
        headers.add(EventConsumers.CONSUMER_HEADER, consumerName.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(new ProducerRecord<>(Topics.deadLetter(record.topic()), null, record.key(), record.value(),
                    headers)).get(30, TimeUnit.SECONDS);
            LOG.warnf("Event at %s-%d@%d sent to the dead-letter topic: %s", record.topic(), record.partition(),
                    record.offset(), reason);
        } catch (Exception e) {
            throw new IllegalStateException("Dead-letter topic not reachable", e);
        }
    }

    private static String truncate(String text) {
        String value = text == null ? "unknown error" : text;
        return value.length() > 500 ? value.substring(0, 500) : value;
    }

    @Override
    public void close() {
        producer.close();
    }
}
