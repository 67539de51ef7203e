package uk.gov.safeguarding.audit.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import uk.gov.safeguarding.audit.domain.log.ActivityRecord;
import uk.gov.safeguarding.audit.domain.log.Frontier;
import uk.gov.safeguarding.chassis.jdbc.CopyRows;

/**
 * The log's tables (V2__activity_log.sql), in SQL: entries and tree nodes are only ever inserted (COPY, in the
 * caller's transaction); the head row is locked for each append, so appends are one at a time and the log
 * cannot fork.
 */
@ApplicationScoped
public class LogStore {

    private final DataSource dataSource;

    public LogStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A perfect subtree's place: level 0 is a leaf (an entry), above it the stored nodes. */
    public record NodeKey(int level, long index) {
    }

    /** Locks the head for this transaction and reads the tree's right edge. */
    public Frontier lockHead() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT size, edge FROM log_head FOR UPDATE");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("log_head has no row: the log's migration did not run");
            }
            return new Frontier(row.getLong(1), edge(row.getArray(2)));
        }
    }

    /**
     * Makes the caller's transaction see one snapshot of the log for all its reads, as PostgreSQL's REPEATABLE
     * READ does: under READ COMMITTED each statement sees appends committed since the last, so a check that
     * reads the head and then the entries beyond it would name an append made meanwhile as an insertion.
     * Must come before the transaction's first query.
     */
    public void snapshot() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement set = connection.createStatement()) {
            set.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        }
    }

    /** The head as it stands, without locking. */
    public Frontier head() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT size, edge FROM log_head");
             ResultSet row = select.executeQuery()) {
            row.next();
            return new Frontier(row.getLong(1), edge(row.getArray(2)));
        }
    }

    /** Of these event ids, those the log holds already. */
    public Set<String> logged(Collection<String> eventIds) throws SQLException {
        Set<String> found = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT event_id FROM log_entry WHERE event_id = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    /**
     * Writes entries {@code before.size()} onwards, the nodes they completed and the new head, in the caller's
     * transaction (which must hold {@link #lockHead}).
     */
    public void append(Frontier before, List<ActivityRecord> records, List<Frontier.Node> nodes, Frontier after,
                       Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            CopyRows entries = new CopyRows();
            long seq = before.size();
            for (ActivityRecord r : records) {
                entries.value(seq++).value(r.eventId()).value(r.service()).value(r.actor()).value(r.action())
                        .value(r.resourceType()).value(r.resourceId()).textArray(r.childRefs().toArray(String[]::new))
                        .value(r.outcome()).value(r.status()).value(r.occurredAt()).value(now).value(r.canonical())
                        .bytes(r.leafHash()).endRow();
            }
            entries.copyInto(connection, "log_entry", "seq, event_id, service, actor, action, resource_type, resource_id, "
                    + "child_refs, outcome, status, occurred_at, appended_at, canonical, leaf_hash");
            CopyRows nodeRows = new CopyRows();
            for (Frontier.Node node : nodes) {
                nodeRows.value(node.level()).value(node.index()).bytes(node.hash()).endRow();
            }
            nodeRows.copyInto(connection, "log_node", "level, idx, hash");
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE log_head SET size = ?, edge = ?, updated_at = ?")) {
                update.setLong(1, after.size());
                update.setArray(2, connection.createArrayOf("bytea", after.edge().toArray(new byte[0][])));
                update.setTimestamp(3, Timestamp.from(now));
                update.executeUpdate();
            }
        }
    }

    /** An entry's canonical text and stored leaf hash. */
    public record StoredEntry(long seq, String canonical, byte[] leafHash) {
    }

    /** The hashes of these perfect subtrees (leaf hashes from the entries, the rest from the nodes). */
    public Map<NodeKey, byte[]> hashes(Collection<NodeKey> keys) throws SQLException {
        return entryAndHashes(null, keys).hashes();
    }

    /** An entry with the hashes its proof needs. */
    public record EntryAndHashes(java.util.Optional<StoredEntry> entry, Map<NodeKey, byte[]> hashes) {
    }

    /**
     * Entry {@code seq} (when not null) and the hashes of these perfect subtrees, the entry read with the leaves:
     * an inclusion proof's sibling leaf is its neighbour in the table, so one index scan finds both.
     */
    public EntryAndHashes entryAndHashes(Long seq, Collection<NodeKey> keys) throws SQLException {
        Map<NodeKey, byte[]> found = new HashMap<>();
        StoredEntry entry = null;
        List<Long> leaves = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        for (NodeKey key : keys) {
            if (key.level() == 0) {
                leaves.add(key.index());
            } else {
                levels.add(key.level());
                indexes.add(key.index());
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            List<Long> wanted = new ArrayList<>(leaves);
            if (seq != null) {
                wanted.add(seq);
            }
            if (!wanted.isEmpty()) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT seq, CASE WHEN seq = ? THEN canonical END, leaf_hash FROM log_entry WHERE seq = ANY (?)")) {
                    select.setLong(1, seq == null ? -1 : seq);
                    select.setArray(2, connection.createArrayOf("bigint", wanted.toArray()));
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            long at = row.getLong(1);
                            if (seq != null && at == seq) {
                                entry = new StoredEntry(at, row.getString(2), row.getBytes(3));
                            }
                            if (leaves.contains(at)) {
                                found.put(new NodeKey(0, at), row.getBytes(3));
                            }
                        }
                    }
                }
            }
            if (!levels.isEmpty()) {
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT n.level, n.idx, n.hash FROM log_node n
                          JOIN unnest(?::smallint[], ?::bigint[]) AS k(level, idx) ON n.level = k.level AND n.idx = k.idx""")) {
                    select.setArray(1, connection.createArrayOf("smallint", levels.toArray()));
                    select.setArray(2, connection.createArrayOf("bigint", indexes.toArray()));
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.put(new NodeKey(rows.getInt(1), rows.getLong(2)), rows.getBytes(3));
                        }
                    }
                }
            }
        }
        return new EntryAndHashes(java.util.Optional.ofNullable(entry), found);
    }

    /** Streams entries [from, to) in seq order to {@code each}, in the caller's transaction. */
    public void eachEntry(long from, long to, EntryConsumer each) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT seq, canonical, leaf_hash FROM log_entry WHERE seq >= ? AND seq < ? ORDER BY seq")) {
            select.setFetchSize(5_000);
            select.setLong(1, from);
            select.setLong(2, to);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (!each.accept(new StoredEntry(rows.getLong(1), rows.getString(2), rows.getBytes(3)))) {
                        return;
                    }
                }
            }
        }
    }

    @FunctionalInterface
    public interface EntryConsumer {
        /** @return false to stop */
        boolean accept(StoredEntry entry) throws SQLException;
    }

    /** How many entries lie at or beyond {@code seq}. */
    public long countFrom(long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM log_entry WHERE seq >= ?")) {
            select.setLong(1, seq);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<byte[]> edge(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        List<byte[]> edge = new ArrayList<>(values.length);
        for (Object value : values) {
            edge.add((byte[]) value);
        }
        return edge;
    }
}
