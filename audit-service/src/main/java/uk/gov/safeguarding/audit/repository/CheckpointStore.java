package uk.gov.safeguarding.audit.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Signed checkpoints, as published; only ever inserted. */
@ApplicationScoped
public class CheckpointStore {

    private final DataSource dataSource;

    public CheckpointStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Stored(long size, byte[] root, String note, Instant createdAt) {
    }

    public void insert(long size, byte[] root, String note, Instant createdAt) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO log_checkpoint (size, root, note, created_at) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, size);
            insert.setBytes(2, root);
            insert.setString(3, note);
            insert.setTimestamp(4, Timestamp.from(createdAt));
            insert.executeUpdate();
        }
    }

    public Optional<Stored> latest() throws SQLException {
        List<Stored> found = query("SELECT size, root, note, created_at FROM log_checkpoint ORDER BY size DESC LIMIT 1");
        return found.stream().findFirst();
    }

    public Optional<Stored> at(long size) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT size, root, note, created_at FROM log_checkpoint WHERE size = ?")) {
            select.setLong(1, size);
            return read(select).stream().findFirst();
        }
    }

    /** Checkpoints of sizes below {@code beforeSize}, largest first. */
    public List<Stored> page(long beforeSize, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT size, root, note, created_at FROM log_checkpoint WHERE size < ?
                      ORDER BY size DESC LIMIT ?""")) {
            select.setLong(1, beforeSize);
            select.setInt(2, limit);
            return read(select);
        }
    }

    /** Every checkpoint, smallest first (for verification). */
    public List<Stored> all() throws SQLException {
        return query("SELECT size, root, note, created_at FROM log_checkpoint ORDER BY size");
    }

    private List<Stored> query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            return read(select);
        }
    }

    private static List<Stored> read(PreparedStatement select) throws SQLException {
        List<Stored> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new Stored(rows.getLong(1), rows.getBytes(2), rows.getString(3),
                        rows.getTimestamp(4).toInstant()));
            }
        }
        return found;
    }
}
