package uk.gov.safeguarding.chassis.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/** {@code outbox_backlog}, {@code outbox_oldest_unsent_age_seconds} and {@code outbox_published}, refreshed every 5 s. */
@ApplicationScoped
public class OutboxGauges {

    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);

    /**
     * Counting a large backlog and finding its oldest row by time both scanned the table, through every
     * row the relay had deleted since the last vacuum: 9 s of PostgreSQL's time in a 1,000,000-row import.
     * Everything here reads the head of the seq index instead. Above the cap the backlog is the span of
     * sequence numbers (never lower than the count), and the oldest row is the first by sequence.
     */
    static final int EXACT_BACKLOG_UP_TO = 10_000;
    private static final String GAUGES = """
            SELECT (SELECT count(*) FROM (SELECT 1 FROM outbox_event ORDER BY seq LIMIT %d) AS capped),
                   (SELECT coalesce(max(seq) - min(seq) + 1, 0) FROM outbox_event),
                   coalesce((SELECT extract(epoch FROM now() - occurred_at) FROM outbox_event ORDER BY seq LIMIT 1), 0)"""
            .formatted(EXACT_BACKLOG_UP_TO + 1);

    private final DataSource dataSource;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnsentAgeSeconds = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private volatile Instant nextRefresh = Instant.EPOCH;

    public OutboxGauges(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka (above " + EXACT_BACKLOG_UP_TO
                        + ", an estimate that is never lower)").register(registry);
        Gauge.builder("outbox.oldest.unsent.age", oldestUnsentAgeSeconds, AtomicLong::get)
                .baseUnit("seconds").description("Age of the oldest unsent outbox row").register(registry);
        Gauge.builder("outbox.published", published, AtomicLong::get)
                .description("Outbox rows published since start").register(registry);
    }

    void published(int count) {
        published.addAndGet(count);
    }

    void refreshIfDue() {
        if (Instant.now().isBefore(nextRefresh)) {
            return;
        }
        nextRefresh = Instant.now().plusSeconds(5);
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
}
