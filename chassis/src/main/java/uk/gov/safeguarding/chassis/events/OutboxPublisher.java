package uk.gov.safeguarding.chassis.events;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relay's Kafka producer ({@code acks=all}, idempotent): sends a batch as CloudEvents and waits, for a
 * bounded time, for the broker to acknowledge each event. Closed after a failure, so the next attempt
 * starts with fresh connections and metadata.
 */
@ApplicationScoped
public class OutboxPublisher {

    record Outcome(List<UUID> sent, Map<UUID, String> failed) {
    }

    private final Map<String, Object> kafkaConfig;
    private final String serviceName;
    private final Duration ackTimeout;
    private volatile KafkaProducer<String, byte[]> producer;

    public OutboxPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                           @ConfigProperty(name = "quarkus.application.name") String serviceName,
                           @ConfigProperty(name = "suite.outbox.ack-timeout", defaultValue = "PT15S") Duration ackTimeout) {
        this.kafkaConfig = kafkaConfig;
        this.serviceName = serviceName;
        this.ackTimeout = ackTimeout;
    }

    Outcome send(List<PendingEvent> events) {
        KafkaProducer<String, byte[]> kafka = producer();
        Map<PendingEvent, Future<RecordMetadata>> futures = new LinkedHashMap<>();
        Map<UUID, String> failed = new LinkedHashMap<>();
        String brokerUnreachable = null;
        for (PendingEvent event : events) {
            if (brokerUnreachable != null) {
                failed.put(event.id(), brokerUnreachable);
                continue;
            }
            try {
                Future<RecordMetadata> future = kafka.send(EventEnvelope.toRecord(event, serviceName));
                brokerUnreachable = metadataTimeout(future);
                if (brokerUnreachable == null) {
                    futures.put(event, future);
                } else {
                    failed.put(event.id(), brokerUnreachable);
                }
            } catch (RuntimeException e) {
                failed.put(event.id(), e.getMessage());
            }
        }
        // Bounded wait rather than flush(): a producer that cannot reach the broker must not hold the
        // relay (and the rows it locked) for longer than the acknowledgement timeout.
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        List<UUID> sent = new ArrayList<>(futures.size());
        for (Map.Entry<PendingEvent, Future<RecordMetadata>> entry : futures.entrySet()) {
            try {
                entry.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(entry.getKey().id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.put(entry.getKey().id(), "interrupted");
            } catch (java.util.concurrent.TimeoutException e) {
                failed.put(entry.getKey().id(), "no acknowledgement within " + ackTimeout.toMillis() + " ms");
            } catch (Exception e) {
                failed.put(entry.getKey().id(), String.valueOf(e.getCause() == null ? e : e.getCause()));
            }
        }
        return new Outcome(sent, failed);
    }

    /**
     * Why the send failed at once for want of the topic's metadata, or null. The producer then answers
     * with a failed future after blocking max.block.ms; every later send in the batch would block as
     * long again, holding the batch's row locks a second per event (a 34-event batch took 32 s), so
     * the rest of the batch waits for the next attempt instead.
     */
    private static String metadataTimeout(Future<RecordMetadata> future) {
        if (!future.isDone()) {
            return null;
        }
        try {
            future.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException ? e.getCause().getMessage() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        KafkaProducer<String, byte[]> current = producer;
        if (current == null) {
            synchronized (this) {
                current = producer;
                if (current == null) {
                    current = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
                    producer = current;
                }
            }
        }
        return current;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Short timeouts: a relay stuck on an absent broker holds row locks and delays the backoff.
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-outbox-relay");
        return config;
    }

    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }
}
