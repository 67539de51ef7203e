package uk.gov.safeguarding.chassis.events;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.TopicReader;

/**
 * A transaction takes its outbox sequence number when it writes, not when it commits, so a row can
 * become visible after rows with higher numbers were sent. The relay's claim floor must not lose it.
 */
@QuarkusTest
class OutboxLateCommitTest {

    private static final int LATER_ROWS = 1_200;

    @Inject
    DataSource dataSource;

    @Test
    void aRowCommittedAfterLaterRowsWereSentIsStillPublished() throws Exception {
        String lateAggregate = "late-" + UUID.randomUUID();
        String laterPrefix = "later-" + UUID.randomUUID() + "-";
        try (Connection late = dataSource.getConnection();
             TopicReader reader = new TopicReader(RecordingHandler.RELAY_TOPIC)) {
            late.setAutoCommit(false);
            insertEvents(late, lateAggregate, 1);
            try (Connection other = dataSource.getConnection()) {
                other.setAutoCommit(true);
                insertEvents(other, laterPrefix, LATER_ROWS);
            }
            // More than two full batches drain past the uncommitted row, raising the claim floor above it.
            reader.awaitCount(r -> r.key().startsWith(laterPrefix), LATER_ROWS, Duration.ofSeconds(60));
            late.commit();
            reader.await(r -> lateAggregate.equals(r.key()), Duration.ofSeconds(15));
        }
    }

    private static void insertEvents(Connection connection, String aggregate, int count) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO outbox_event (id, topic, aggregate_type, aggregate_id, event_type, payload, occurred_at)
                SELECT gen_random_uuid(), ?, 'contact', ? || CASE WHEN ? = 1 THEN '' ELSE n::text END,
                       'safeguarding.contact.received.v1', '{}', now()
                  FROM generate_series(1, ?) AS n""")) {
            insert.setString(1, RecordingHandler.RELAY_TOPIC);
            insert.setString(2, aggregate);
            insert.setInt(3, count);
            insert.setInt(4, count);
            insert.executeUpdate();
        }
    }
}
