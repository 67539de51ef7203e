package uk.gov.safeguarding.chassis.events;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka, waits for the broker's acknowledgement, then deletes them.
 *
 * <p>Rows are claimed with {@code FOR UPDATE SKIP LOCKED} ({@link OutboxRows}), so several replicas can
 * relay at once; {@link AggregateOrder} keeps each aggregate's events in order across replicas;
 * {@link ClaimFloor} keeps claims cheap while a backlog drains; {@link OutboxPublisher} sends and waits for
 * acknowledgements; while the broker is away {@link RelayBackoff} spaces the attempts, requests keep
 * committing rows and nothing is lost.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** How long a row committed late, below the claim floor, can wait while a backlog drains. */
    private static final Duration CLAIM_FLOOR_MAX_AGE = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final OutboxPublisher publisher;
    private final OutboxGauges gauges;
    private final int batchSize;
    private final boolean enabled;
    private final RelayBackoff backoff;

    record RelayResult(int claimed, int published, int failed, long lastClaimedSeq) {
    }

    public OutboxRelay(DataSource dataSource, OutboxPublisher publisher, OutboxGauges gauges,
                       @ConfigProperty(name = "suite.outbox.batch-size", defaultValue = "500") int batchSize,
                       @ConfigProperty(name = "suite.outbox.relay.enabled", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "suite.outbox.max-backoff", defaultValue = "PT30S") Duration maxBackoff) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.gauges = gauges;
        this.batchSize = batchSize;
        this.enabled = enabled;
        this.backoff = new RelayBackoff(maxBackoff);
    }

    @Scheduled(every = "${suite.outbox.poll-interval:0.2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        if (!enabled) {
            return;
        }
        gauges.refreshIfDue();
        if (backoff.waiting(Instant.now())) {
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
                backoff.succeeded();
            }
        } catch (SQLException | RuntimeException e) {
            backOff(e.getMessage());
        }
    }

    private void backOff(String reason) {
        Duration wait = backoff.failed(Instant.now());
        LOG.warnf("Outbox relay paused for %d ms: %s", wait.toMillis(), reason);
        publisher.close();
    }

    private RelayResult relayOneBatch(long afterSeq) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<PendingEvent> claimed = OutboxRows.claim(connection, afterSeq, batchSize);
                if (claimed.isEmpty()) {
                    connection.commit();
                    return new RelayResult(0, 0, 0, afterSeq);
                }
                List<PendingEvent> inOrder = AggregateOrder.publishable(claimed,
                        OutboxRows.unsentByAggregate(connection, claimed));
                OutboxPublisher.Outcome outcome = publisher.send(inOrder);
                OutboxRows.deleteSent(connection, outcome.sent());
                OutboxRows.markFailed(connection, outcome.failed());
                connection.commit();
                gauges.published(outcome.sent().size());
                return new RelayResult(claimed.size(), outcome.sent().size(), outcome.failed().size(),
                        claimed.get(claimed.size() - 1).seq());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
