package uk.gov.safeguarding.chassis.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.TopicReader;

/**
 * Two replicas relay the same outbox: the service's own relay and a second one working beside it, as a
 * second pod would. Every event arrives once, and each aggregate's events in the order they were written.
 */
@QuarkusTest
class TwoOutboxRelaysTest {

    private static final int AGGREGATES = 300;
    private static final int EVENTS_EACH = 10;

    @Inject
    DataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Test
    void twoRelaysPublishEveryEventOnceAndEachAggregatesInOrder() throws Exception {
        String prefix = "two-relays-" + UUID.randomUUID() + "-";
        SimpleMeterRegistry secondsMeters = new SimpleMeterRegistry();
        OutboxPublisher secondsProducer = new OutboxPublisher(kafkaConfig, "chassis-test", Duration.ofSeconds(3));
        OutboxRelay second = new OutboxRelay(dataSource, secondsProducer, new OutboxGauges(dataSource, secondsMeters),
                100, true, Duration.ofSeconds(1));
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pod = Executors.newSingleThreadExecutor();
        try (TopicReader reader = new TopicReader(RecordingHandler.RELAY_TOPIC)) {
            Future<?> relaying = pod.submit(() -> {
                while (running.get()) {
                    second.relay();
                    Thread.sleep(10);
                }
                return null;
            });
            insertInterleaved(prefix);

            int total = AGGREGATES * EVENTS_EACH;
            reader.awaitCount(r -> r.key().startsWith(prefix), total, Duration.ofSeconds(60));
            // A duplicate would come after the first copies.
            Thread.sleep(1_500);
            List<ConsumerRecord<String, String>> events = reader.seen(r -> r.key().startsWith(prefix));
            running.set(false);
            relaying.get(10, TimeUnit.SECONDS);

            assertThat(events).hasSize(total);
            assertThat(events).extracting(r -> TopicReader.header(r, "ce_id")).doesNotHaveDuplicates();
            Map<String, List<Integer>> orderByAggregate = events.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, Collectors.mapping(r -> Integer.valueOf(r.value().replaceAll("\\D", "")),
                            Collectors.toList())));
            List<Integer> written = IntStream.range(0, EVENTS_EACH).boxed().toList();
            assertThat(orderByAggregate).hasSize(AGGREGATES)
                    .allSatisfy((aggregate, order) -> assertThat(order).as(aggregate).isEqualTo(written));
            // Both relays took part; otherwise this would test one relay twice over.
            assertThat(secondsMeters.get("outbox.published").gauge().value()).isPositive();
        } finally {
            running.set(false);
            pod.shutdownNow();
            secondsProducer.close();
        }
    }

    /** Event n of aggregate a has sequence number n * AGGREGATES + a: every batch mixes aggregates. */
    private void insertInterleaved(String prefix) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO outbox_event (id, topic, aggregate_type, aggregate_id, event_type, payload, occurred_at)
                     SELECT gen_random_uuid(), ?, 'contact', ? || (i % ?), 'safeguarding.contact.received.v1',
                            '{"n":' || (i / ?) || '}', now()
                       FROM generate_series(0, ? - 1) AS i ORDER BY i""")) {
            insert.setString(1, RecordingHandler.RELAY_TOPIC);
            insert.setString(2, prefix);
            insert.setInt(3, AGGREGATES);
            insert.setInt(4, AGGREGATES);
            insert.setInt(5, AGGREGATES * EVENTS_EACH);
            insert.executeUpdate();
        }
    }
}
