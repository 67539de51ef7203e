package uk.gov.safeguarding.chassis.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs one Kafka consumer per {@link EventHandler}. Offsets are committed only after the events before
 * them were applied or dead-lettered, so a crash re-delivers rather than loses; the inbox makes the
 * re-delivery harmless.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);
    public static final String ERROR_HEADER = "x-error";
    public static final String CONSUMER_HEADER = "x-consumer";

    private final Instance<EventHandler> handlers;
    private final Inbox inbox;
    private final Map<String, Object> kafkaConfig;
    private final int maxAttempts;
    private final boolean enabled;
    private final List<Runner> runners = new ArrayList<>();

    public EventConsumers(Instance<EventHandler> handlers, Inbox inbox,
                          @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                          @ConfigProperty(name = "suite.consumers.max-attempts", defaultValue = "3") int maxAttempts,
                          @ConfigProperty(name = "suite.consumers.enabled", defaultValue = "true") boolean enabled) {
        this.handlers = handlers;
        this.inbox = inbox;
        this.kafkaConfig = kafkaConfig;
        this.maxAttempts = maxAttempts;
        this.enabled = enabled;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        for (EventHandler handler : handlers) {
            Runner runner = new Runner(handler);
            runners.add(runner);
            Thread thread = new Thread(runner, "consumer-" + handler.consumerName());
            thread.setDaemon(true);
            thread.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        runners.forEach(Runner::stop);
    }

    private final class Runner implements Runnable {

        private final EventHandler handler;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private volatile KafkaConsumer<String, byte[]> consumer;

        Runner(EventHandler handler) {
            this.handler = handler;
        }

        void stop() {
            running.set(false);
            KafkaConsumer<String, byte[]> current = consumer;
            if (current != null) {
                current.wakeup();
            }
        }

        @Override
        public void run() {
            while (running.get()) {
                try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig(),
                        new StringDeserializer(), new ByteArrayDeserializer());
                     DeadLetters deadLetters = new DeadLetters(handler.consumerName(), kafkaConfig)) {
                    consumer = kafka;
                    kafka.subscribe(List.of(handler.topic()));
                    while (running.get()) {
                        ConsumerRecords<String, byte[]> records = kafka.poll(Duration.ofMillis(500));
                        if (handler instanceof BatchEventHandler batch && records.count() > 1) {
                            applyTogether(batch, records, deadLetters);
                        } else {
                            for (ConsumerRecord<String, byte[]> record : records) {
                                apply(record, deadLetters);
                            }
                        }
                        if (!records.isEmpty()) {
                            kafka.commitSync();
                        }
                    }
                } catch (WakeupException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.warnf("Consumer %s restarting after: %s", handler.consumerName(), e.getMessage());
                    sleep(Duration.ofSeconds(2));
                }
            }
        }

        /** One transaction for the poll; on failure, each event again on its own. */
        private void applyTogether(BatchEventHandler batch, ConsumerRecords<String, byte[]> records,
                                   DeadLetters deadLetters) {
            List<ConsumerRecord<String, byte[]>> readable = new ArrayList<>();
            List<ReceivedEvent> events = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                String id = ReceivedEvents.header(record, EventEnvelope.HEADER_ID);
                try {
                    if (id != null) {
                        events.add(ReceivedEvents.of(record, id));
                        readable.add(record);
                        continue;
                    }
                } catch (DateTimeParseException e) {
                    // dead-lettered with its reason below, one at a time
                }
                apply(record, deadLetters);
            }
            if (events.isEmpty()) {
                return;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    java.util.Set<String> fresh = inbox.firstDeliveries(handler.consumerName(),
                            events.stream().map(ReceivedEvent::id).toList());
                    List<ReceivedEvent> first = new ArrayList<>();
                    java.util.Set<String> taken = new java.util.HashSet<>();
                    for (ReceivedEvent event : events) {
                        if (fresh.contains(event.id()) && taken.add(event.id())) {
                            first.add(event);
                        }
                    }
                    if (!first.isEmpty()) {
                        handleAllUnchecked(batch, first);
                    }
                });
            } catch (RuntimeException e) {
                LOG.debugf(e, "Batch of %d for %s failed; handling them one at a time", events.size(),
                        handler.consumerName());
                for (ConsumerRecord<String, byte[]> record : readable) {
                    apply(record, deadLetters);
                }
            }
        }

        private void handleAllUnchecked(BatchEventHandler batch, List<ReceivedEvent> events) {
            try {
                batch.handleAll(events);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new HandlerFailed(e);
            }
        }

        private void apply(ConsumerRecord<String, byte[]> record, DeadLetters deadLetters) {
            String id = ReceivedEvents.header(record, EventEnvelope.HEADER_ID);
            if (id == null) {
                deadLetters.send(record, "no ce_id header: not a CloudEvent of this suite");
                return;
            }
            ReceivedEvent event;
            try {
                event = ReceivedEvents.of(record, id);
            } catch (DateTimeParseException e) {
                deadLetters.send(record, "ce_time is not an RFC 3339 time");
                return;
            }
            Exception last = null;
            for (int attempt = 1; attempt <= maxAttempts; attempt++) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        if (inbox.firstDelivery(handler.consumerName(), id)) {
                            handleUnchecked(event);
                        }
                    });
                    return;
                } catch (RuntimeException e) {
                    last = e;
                    sleep(Duration.ofMillis(100L * attempt));
                }
            }
            Throwable cause = last;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            deadLetters.send(record, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }

        private void handleUnchecked(ReceivedEvent event) {
            try {
                handler.handle(event);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new HandlerFailed(e);
            }
        }

        private Map<String, Object> consumerConfig() {
            Map<String, Object> config = new HashMap<>(kafkaConfig);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, handler.consumerName());
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
            return config;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Carries a checked exception from a handler through the transaction boundary. */
    private static final class HandlerFailed extends RuntimeException {
        HandlerFailed(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
