package uk.gov.safeguarding.chassis.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka, waits for the broker's acknowledgement, then deletes them.
 *
 * <p>Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several replicas can relay at once.
 * A replica only publishes a row when every earlier unsent row of the same aggregate is in its own
 * batch, which keeps each aggregate's events in order even with two relays. While the broker is away
 * the relay backs off; requests keep committing rows and nothing is lost.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String CLAIM = """
            SELECT id, seq, topic, aggregate_id, event_type, payload, occurred_at
              FROM outbox_event
             WHERE seq > ?
             ORDER BY seq
             LIMIT ?
               FOR UPDATE SKIP LOCKED""";

    /** How long a row committed late, below the claim floor, can wait while a backlog drains. */
    private static final Duration CLAIM_FLOOR_MAX_AGE = Duration.ofSeconds(1);

    private static final String EARLIER_UNSENT = """
            SELECT aggregate_id, seq
              FROM outbox_event
             WHERE aggregate_id = ANY (?) AND seq <= ?
             ORDER BY seq""";

    /**
     * Counting a large backlog and finding its oldest row by time both scanned the table, through every
     * row the relay had deleted since the last vacuum: 9 s of PostgreSQL's time in a 1,000,000-row import.
     * Everything here reads the head of the seq index instead. Above the cap the backlog is the span of
     * sequence numbers (never lower than the count), and the oldest row is the first by sequence.
     */
    private static final int EXACT_BACKLOG_UP_TO = 10_000;
    private static final String GAUGES = """
            SELECT (SELECT count(*) FROM (SELECT 1 FROM outbox_event ORDER BY seq LIMIT %d) AS capped),
                   (SELECT coalesce(max(seq) - min(seq) + 1, 0) FROM outbox_event),
                   coalesce((SELECT extract(epoch FROM now() - occurred_at) FROM outbox_event ORDER BY seq LIMIT 1), 0)"""
            .formatted(EXACT_BACKLOG_UP_TO + 1);

    private final DataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final String serviceName;
    private final int batchSize;
    private final boolean enabled;
    private final Duration maxBackoff;
    private final Duration ackTimeout;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnsentAgeSeconds = new AtomicLong();
    private final AtomicLong published = new AtomicLong();

    private volatile KafkaProducer<String, byte[]> producer;
    private volatile Instant nextAttempt = Instant.EPOCH;
    private volatile Duration backoff = Duration.ZERO;
    private volatile Instant nextGaugeRefresh = Instant.EPOCH;

    public OutboxRelay(DataSource dataSource,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = "quarkus.application.name") String serviceName,
                       @ConfigProperty(name = "suite.outbox.batch-size", defaultValue = "500") int batchSize,
                       @ConfigProperty(name = "suite.outbox.relay.enabled", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "suite.outbox.max-backoff", defaultValue = "PT30S") Duration maxBackoff,
                       @ConfigProperty(name = "suite.outbox.ack-timeout", defaultValue = "PT15S") Duration ackTimeout,
                       MeterRegistry registry) {
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.serviceName = serviceName;
        this.batchSize = batchSize;
        this.enabled = enabled;
        this.maxBackoff = maxBackoff;
        this.ackTimeout = ackTimeout;
        Gauge.builder("outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka (above " + EXACT_BACKLOG_UP_TO
                        + ", an estimate that is never lower)").register(registry);
        Gauge.builder("outbox.oldest.unsent.age", oldestUnsentAgeSeconds, AtomicLong::get)
                .baseUnit("seconds").description("Age of the oldest unsent outbox row").register(registry);
        Gauge.builder("outbox.published", published, AtomicLong::get)
                .description("Outbox rows published since start").register(registry);
    }

    @Scheduled(every = "${suite.outbox.poll-interval:0.2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        if (!enabled) {
            return;
        }
        refreshGauges();
        if (Instant.now().isBefore(nextAttempt)) {
            return;
        }
        try {
            ClaimFloor floor = new ClaimFloor(InstantSource.system(), CLAIM_FLOOR_MAX_AGE);
            RelayResult result;
            do {
                result = relayOneBatch(floor.seq());
                floor.afterBatch(batchSize, result.claimed(), result.published(), result.lastClaimedSeq());
            } while (result.failed() == 0 && result.claimed() >= batchSize);
            if (result.failed() > 0) {
                backOff("the broker did not acknowledge " + result.failed() + " events");
            } else {
                backoff = Duration.ZERO;
            }
        } catch (SQLException | RuntimeException e) {
            backOff(e.getMessage());
        }
    }

    private void backOff(String reason) {
        Duration next = backoff.isZero() ? Duration.ofMillis(500) : backoff.multipliedBy(2);
        backoff = next.compareTo(maxBackoff) > 0 ? maxBackoff : next;
        nextAttempt = Instant.now().plus(backoff);
        LOG.warnf("Outbox relay paused for %d ms: %s", backoff.toMillis(), reason);
        closeProducer();
    }

    record RelayResult(int claimed, int published, int failed, long lastClaimedSeq) {
    }

    private RelayResult relayOneBatch(long afterSeq) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<PendingEvent> claimed = claim(connection, afterSeq);
                if (claimed.isEmpty()) {
                    connection.commit();
                    return new RelayResult(0, 0, 0, afterSeq);
                }
                List<PendingEvent> inOrder = withoutRowsBehindOtherRelays(connection, claimed);
                SendOutcome outcome = send(inOrder);
                markSent(connection, outcome.sent());
                markFailed(connection, outcome.failed());
                connection.commit();
                published.addAndGet(outcome.sent().size());
                return new RelayResult(claimed.size(), outcome.sent().size(), outcome.failed().size(),
                        claimed.get(claimed.size() - 1).seq());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private List<PendingEvent> claim(Connection connection, long afterSeq) throws SQLException {
        List<PendingEvent> events = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setLong(1, afterSeq);
            statement.setInt(2, batchSize);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    events.add(new PendingEvent(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getTimestamp(7).toInstant()));
                }
            }
        }
        return events;
    }

    /**
     * Keeps, per aggregate, only the rows that continue its unsent sequence without a gap; a gap means
     * another relay holds an earlier row of that aggregate, which must go first.
     */
    private List<PendingEvent> withoutRowsBehindOtherRelays(Connection connection, List<PendingEvent> claimed)
            throws SQLException {
        Map<String, List<Long>> unsentByAggregate = new HashMap<>();
        long maxSeq = claimed.get(claimed.size() - 1).seq();
        String[] aggregateIds = claimed.stream().map(PendingEvent::aggregateId).distinct().toArray(String[]::new);
        try (PreparedStatement statement = connection.prepareStatement(EARLIER_UNSENT)) {
            Array array = connection.createArrayOf("text", aggregateIds);
            statement.setArray(1, array);
            statement.setLong(2, maxSeq);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    unsentByAggregate.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        Map<String, Integer> position = new HashMap<>();
        Map<String, Boolean> blocked = new HashMap<>();
        List<PendingEvent> publishable = new ArrayList<>(claimed.size());
        for (PendingEvent event : claimed) {
            String aggregate = event.aggregateId();
            if (blocked.getOrDefault(aggregate, false)) {
                continue;
            }
            int index = position.getOrDefault(aggregate, 0);
            List<Long> unsent = unsentByAggregate.getOrDefault(aggregate, List.of());
            if (index < unsent.size() && unsent.get(index) == event.seq()) {
                publishable.add(event);
                position.put(aggregate, index + 1);
            } else {
                blocked.put(aggregate, true);
            }
        }
        return publishable;
    }

    record SendOutcome(List<UUID> sent, Map<UUID, String> failed) {
    }

    private SendOutcome send(List<PendingEvent> events) {
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
        return new SendOutcome(sent, failed);
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

    /**
     * Rows the broker acknowledged are deleted, not marked: an outbox is a queue, and updating rows
     * would rewrite every index entry of a table that sees a row per change.
     */
    private void markSent(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM outbox_event WHERE id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            statement.executeUpdate();
        }
    }

    private void markFailed(Connection connection, Map<UUID, String> failures) throws SQLException {
        if (failures.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE outbox_event SET attempts = attempts + 1, last_error = left(?, 500) WHERE id = ?")) {
            for (Map.Entry<UUID, String> failure : failures.entrySet()) {
                statement.setString(1, failure.getValue());
                statement.setObject(2, failure.getKey());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void refreshGauges() {
        if (Instant.now().isBefore(nextGaugeRefresh)) {
            return;
        }
        nextGaugeRefresh = Instant.now().plusSeconds(5);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(GAUGES);
             ResultSet rs = statement.executeQuery()) {
            if (rs.next()) {
                long counted = rs.getLong(1);
                backlog.set(counted <= EXACT_BACKLOG_UP_TO ? counted : rs.getLong(2));
                oldestUnsentAgeSeconds.set(rs.getLong(3));
            }
        } catch (SQLException e) {
            LOG.debugf("Outbox gauges not refreshed: %s", e.getMessage());
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

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        closeProducer();
    }
}
