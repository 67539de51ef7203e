package uk.gov.safeguarding.audit.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import uk.gov.safeguarding.chassis.jdbc.CopyRows;

/** Samples, their populations (one compressed row each: a population may hold a million ids) and their drawn cases. */
@ApplicationScoped
public class SampleStore {

    private final DataSource dataSource;

    public SampleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record SampleRow(UUID id, String localAuthority, String title, String populationSource, String populationFilter,
                            int populationSize, String populationSha256, String seed, String seedSource, String algorithm,
                            String algorithmVersion, int size, Double confidence, Double margin, Double expected,
                            String createdBy, Instant createdAt) {

        public SampleRow withSize(int newSize) {
            return new SampleRow(id, localAuthority, title, populationSource, populationFilter, populationSize,
                    populationSha256, seed, seedSource, algorithm, algorithmVersion, newSize, confidence, margin, expected,
                    createdBy, createdAt);
        }
    }

    public record CaseRow(int rank, String caseId, String ticket) {
    }

    public void insert(SampleRow sample, List<String> population, List<CaseRow> cases, String drawnBy) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO sample (id, local_authority, title, population_source, population_filter, population_size,
                                        population_sha256, seed, seed_source, algorithm, algorithm_version, size,
                                        size_confidence, size_margin, size_expected, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int i = 1;
                insert.setObject(i++, sample.id());
                insert.setString(i++, sample.localAuthority());
                insert.setString(i++, sample.title());
                insert.setString(i++, sample.populationSource());
                insert.setString(i++, sample.populationFilter());
                insert.setInt(i++, sample.populationSize());
                insert.setString(i++, sample.populationSha256());
                insert.setString(i++, sample.seed());
                insert.setString(i++, sample.seedSource());
                insert.setString(i++, sample.algorithm());
                insert.setString(i++, sample.algorithmVersion());
                insert.setInt(i++, sample.size());
                insert.setObject(i++, sample.confidence());
                insert.setObject(i++, sample.margin());
                insert.setObject(i++, sample.expected());
                insert.setString(i++, sample.createdBy());
                insert.setTimestamp(i, Timestamp.from(sample.createdAt()));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sample_population (sample_id, case_ids) VALUES (?, ?)")) {
                insert.setObject(1, sample.id());
                insert.setBytes(2, compress(population));
                insert.executeUpdate();
            }
        }
        addCases(sample.id(), cases, drawnBy, sample.createdAt());
    }

    public void addCases(UUID sampleId, List<CaseRow> cases, String drawnBy, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            CopyRows rows = new CopyRows();
            for (CaseRow c : cases) {
                rows.value(sampleId).value(c.rank()).value(c.caseId()).value(c.ticket()).value(drawnBy).value(at).endRow();
            }
            rows.copyInto(connection, "sample_case", "sample_id, rank, case_id, ticket, drawn_by, drawn_at");
        }
    }

    public void setSize(UUID sampleId, int size) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE sample SET size = ? WHERE id = ?")) {
            update.setInt(1, size);
            update.setObject(2, sampleId);
            update.executeUpdate();
        }
    }

    /** The sample, locked for this transaction when {@code forUpdate}. */
    public Optional<SampleRow> get(UUID id, boolean forUpdate) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT + " WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setObject(1, id);
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        }
    }

    public List<SampleRow> list(String localAuthority, int offset, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT
                     + " WHERE (?::text IS NULL OR local_authority = ?) ORDER BY created_at DESC, id DESC OFFSET ? LIMIT ?")) {
            select.setString(1, localAuthority);
            select.setString(2, localAuthority);
            select.setInt(3, offset);
            select.setInt(4, limit);
            List<SampleRow> rows = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
            return rows;
        }
    }

    public long count(String localAuthority) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT count(*) FROM sample WHERE (?::text IS NULL OR local_authority = ?)")) {
            select.setString(1, localAuthority);
            select.setString(2, localAuthority);
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    public List<String> population(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT case_ids FROM sample_population WHERE sample_id = ?")) {
            select.setObject(1, id);
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? decompress(r.getBytes(1)) : List.of();
            }
        }
    }

    /** Each id followed by a newline, gzip-compressed. */
    static byte[] compress(List<String> ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(ids.size() * 4 + 64);
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes, 64 * 1024), StandardCharsets.UTF_8)) {
            for (String id : ids) {
                out.write(id);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<String> decompress(byte[] compressed) {
        List<String> ids = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(compressed), 64 * 1024), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                ids.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A stored population cannot be read", e);
        }
        return ids;
    }

    public List<CaseRow> cases(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT rank, case_id, ticket FROM sample_case WHERE sample_id = ? ORDER BY rank")) {
            select.setObject(1, id);
            List<CaseRow> cases = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    cases.add(new CaseRow(r.getInt(1), r.getString(2), r.getString(3)));
                }
            }
            return cases;
        }
    }

    /** Whether {@code caseId} is among the sample's drawn cases. */
    public boolean drawn(UUID sampleId, String caseId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM sample_case WHERE sample_id = ? AND case_id = ?")) {
            select.setObject(1, sampleId);
            select.setString(2, caseId);
            try (ResultSet r = select.executeQuery()) {
                return r.next();
            }
        }
    }

    private static final String SELECT = """
            SELECT id, local_authority, title, population_source, population_filter, population_size, population_sha256,
                   seed, seed_source, algorithm, algorithm_version, size, size_confidence, size_margin, size_expected,
                   created_by, created_at
              FROM sample""";

    private static SampleRow row(ResultSet r) throws SQLException {
        return new SampleRow(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getInt(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getInt(12),
                (Double) r.getObject(13), (Double) r.getObject(14), (Double) r.getObject(15), r.getString(16),
                r.getTimestamp(17).toInstant());
    }
}
