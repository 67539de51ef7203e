package uk.gov.safeguarding.audit.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Entries found by who, which child, which record, what and when, in sequence order, a page after a sequence number. */
@ApplicationScoped
public class LogEntries {

    private final DataSource dataSource;

    public LogEntries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Filter(String actor, String childRef, String service, String resourceType, String resourceId,
                         String action, Instant from, Instant to, long after, int limit) {
    }

    public record Row(long seq, String eventId, String service, String actor, String action, String resourceType,
                      String resourceId, List<String> childRefs, String outcome, Integer status, Instant occurredAt,
                      Instant appendedAt, String canonical, byte[] leafHash) {
    }

    public List<Row> find(Filter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT seq, event_id, service, actor, action, resource_type, resource_id, child_refs, outcome, status,
                       occurred_at, appended_at, canonical, leaf_hash
                  FROM log_entry WHERE seq > ?""");
        List<Object> values = new ArrayList<>();
        values.add(filter.after());
        condition(sql, values, "actor = ?", filter.actor());
        condition(sql, values, "child_refs @> ARRAY[?]::text[]", filter.childRef());
        condition(sql, values, "service = ?", filter.service());
        condition(sql, values, "resource_type = ?", filter.resourceType());
        condition(sql, values, "resource_id = ?", filter.resourceId());
        condition(sql, values, "action = ?", filter.action());
        condition(sql, values, "occurred_at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        condition(sql, values, "occurred_at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        sql.append(" ORDER BY seq LIMIT ?");
        values.add(filter.limit());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
            return rows;
        }
    }

    public Optional<Row> get(long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT seq, event_id, service, actor, action, resource_type, resource_id, child_refs, outcome, status,
                            occurred_at, appended_at, canonical, leaf_hash
                       FROM log_entry WHERE seq = ?""")) {
            select.setLong(1, seq);
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        }
    }

    private static void condition(StringBuilder sql, List<Object> values, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            values.add(value);
        }
    }

    private static Row row(ResultSet r) throws SQLException {
        Timestamp occurred = r.getTimestamp(11);
        Integer status = (Integer) r.getObject(10);
        return new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), Arrays.asList((String[]) r.getArray(8).getArray()), r.getString(9), status,
                occurred == null ? null : occurred.toInstant(), r.getTimestamp(12).toInstant(), r.getString(13),
                r.getBytes(14));
    }
}
