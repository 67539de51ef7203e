package uk.gov.safeguarding.chassis.events;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The relay's SQL over {@code outbox_event}, on the connection of its transaction. */
final class OutboxRows {

    private static final String CLAIM = """
            SELECT id, seq, topic, aggregate_id, event_type, payload, occurred_at
              FROM outbox_event
             WHERE seq > ?
             ORDER BY seq
             LIMIT ?
               FOR UPDATE SKIP LOCKED""";

    private static final String EARLIER_UNSENT = """
            SELECT aggregate_id, seq
              FROM outbox_event
             WHERE aggregate_id = ANY (?) AND seq <= ?
             ORDER BY seq""";

    private OutboxRows() {
    }

    /** Locks up to {@code limit} unsent rows after {@code afterSeq} that no other relay holds. */
    static List<PendingEvent> claim(Connection connection, long afterSeq, int limit) throws SQLException {
        List<PendingEvent> events = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setLong(1, afterSeq);
            statement.setInt(2, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    events.add(new PendingEvent(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
                }
            }
        }
        return events;
    }

    /** Every unsent sequence number of the claimed rows' aggregates up to the last claimed, for {@link AggregateOrder}. */
    static Map<String, List<Long>> unsentByAggregate(Connection connection, List<PendingEvent> claimed)
            throws SQLException {
        Map<String, List<Long>> unsent = new HashMap<>();
        long maxSeq = claimed.get(claimed.size() - 1).seq();
        String[] aggregateIds = claimed.stream().map(PendingEvent::aggregateId).distinct().toArray(String[]::new);
        try (PreparedStatement statement = connection.prepareStatement(EARLIER_UNSENT)) {
            Array array = connection.createArrayOf("text", aggregateIds);
            statement.setArray(1, array);
            statement.setLong(2, maxSeq);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    unsent.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        return unsent;
    }

    /**
     * Rows the broker acknowledged are deleted, not marked: an outbox is a queue, and updating rows
     * would rewrite every index entry of a table that sees a row per change.
     */
    static void deleteSent(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM outbox_event WHERE id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            statement.executeUpdate();
        }
    }

    static void markFailed(Connection connection, Map<UUID, String> failures) throws SQLException {
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
}
