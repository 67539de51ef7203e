package uk.gov.safeguarding.kpi.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Closed months and the versions of their figures. Closing copies the month's figures as version 1;
 * afterwards any change to a KPI's figures for that month is copied as the next version, so a
 * published figure is never changed in place.
 */
@ApplicationScoped
public class MonthVersions {

    public record ClosedMonth(String localAuthority, YearMonth month, Instant closedAt, String closedBy, String reason) {
    }

    /** A new version of one KPI's figures for a closed month. */
    public record NewVersion(String kpiCode, int version, boolean revised) {
    }

    public record VersionSummary(String kpiCode, int version, Instant publishedAt, String reason) {
    }

    private final DataSource dataSource;

    public MonthVersions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Serialises, per council, the recomputer and the closing of months, so a month is never closed
     * with figures that a recomputation running at the same moment is about to replace.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockCouncil(String localAuthority) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "kpi-council:" + localAuthority);
            lock.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock council " + localAuthority, e);
        }
    }

    /** @return false when the month was already closed */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean close(String localAuthority, YearMonth month, String closedBy, String reason, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO closed_month (local_authority, month, "
                     + "closed_at, closed_by, reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, localAuthority);
            Jdbc.setMonth(insert, 2, month);
            Jdbc.setInstant(insert, 3, now);
            insert.setString(4, closedBy);
            insert.setString(5, reason);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not close " + localAuthority + " " + month, e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Set<YearMonth> closedBetween(String localAuthority, YearMonth from, YearMonth to) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT month FROM closed_month "
                     + "WHERE local_authority = ? AND month BETWEEN ? AND ?")) {
            query.setString(1, localAuthority);
            Jdbc.setMonth(query, 2, from);
            Jdbc.setMonth(query, 3, to);
            Set<YearMonth> months = new TreeSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    months.add(Jdbc.month(rows, "month"));
                }
            }
            return months;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read closed months", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClosedMonth> closed(String localAuthority) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT local_authority, month, closed_at, closed_by, "
                     + "reason FROM closed_month WHERE local_authority = ? ORDER BY month DESC")) {
            query.setString(1, localAuthority);
            List<ClosedMonth> months = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    months.add(new ClosedMonth(rows.getString(1), Jdbc.month(rows, "month"),
                            Jdbc.instant(rows, "closed_at"), rows.getString(4), rows.getString(5)));
                }
            }
            return months;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read closed months", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ClosedMonth> find(String localAuthority, YearMonth month) {
        return closed(localAuthority).stream().filter(closed -> closed.month().equals(month)).findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionSummary> versions(String localAuthority, YearMonth month) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT kpi_code, version, max(published_at), "
                     + "max(reason) FROM kpi_value_version WHERE local_authority = ? AND month = ? "
                     + "GROUP BY kpi_code, version ORDER BY version, kpi_code")) {
            query.setString(1, localAuthority);
            Jdbc.setMonth(query, 2, month);
            List<VersionSummary> versions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(new VersionSummary(rows.getString(1), rows.getInt(2),
                            rows.getObject(3, java.time.OffsetDateTime.class).toInstant(), rows.getString(4)));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read versions", e);
        }
    }

    /**
     * Copies the live figures of the given KPIs for a closed month as a new version wherever they differ
     * from the latest version (or there is none yet).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<NewVersion> snapshot(String localAuthority, YearMonth month, Set<String> kpiCodes, String reason,
                                     Instant now) {
        Map<String, List<StoredValue>> live = rows("SELECT " + KpiValueRepository.COLUMNS + " FROM kpi_value "
                + "WHERE local_authority = ? AND month = ? AND kpi_code = ANY (?)", localAuthority, month, kpiCodes);
        Map<String, List<StoredValue>> latest = rows("SELECT "
                + KpiValueRepository.COLUMNS + " FROM kpi_value_version v WHERE local_authority = ? AND month = ? "
                + "AND kpi_code = ANY (?) AND version = (SELECT max(version) FROM kpi_value_version w "
                + "WHERE w.local_authority = v.local_authority AND w.month = v.month AND w.kpi_code = v.kpi_code)",
                localAuthority, month, kpiCodes);
        List<NewVersion> created = new ArrayList<>();
        for (Map.Entry<String, List<StoredValue>> kpi : live.entrySet()) {
            List<StoredValue> previous = latest.getOrDefault(kpi.getKey(), List.of());
            if (!previous.isEmpty() && sameFigures(kpi.getValue(), previous)) {
                continue;
            }
            int version = previous.isEmpty() ? 1 : previous.get(0).version() + 1;
            insertVersion(kpi.getValue(), version, reason, now);
            created.add(new NewVersion(kpi.getKey(), version, version > 1));
        }
        return created;
    }

    private static boolean sameFigures(List<StoredValue> live, List<StoredValue> version) {
        Map<String, Object> a = live.stream().collect(Collectors.toMap(row -> row.breakdown().key(), row -> key(row)));
        Map<String, Object> b = version.stream().collect(Collectors.toMap(row -> row.breakdown().key(), row -> key(row)));
        return a.equals(b);
    }

    /** The figures of a row, compared by value (BigDecimal scale aside). */
    private static List<Object> key(StoredValue row) {
        var f = row.figures();
        return java.util.Arrays.asList(f.tally(), f.sixMonthTally(), plain(f.value()), plain(f.sixMonthAverage()),
                plain(f.changeOnLastMonth()), plain(f.changeOnLastYear()), plain(f.changeOnLastYearPercent()));
    }

    private static String plain(java.math.BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    private void insertVersion(List<StoredValue> rows, int version, String reason, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO kpi_value_version (local_authority, "
                     + "month, kpi_code, breakdown, version, numerator, denominator, value, six_month_numerator, "
                     + "six_month_denominator, six_month_average, change_on_last_month, change_on_last_year, "
                     + "change_on_last_year_percent, computed_at, published_at, reason) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement mark = connection.prepareStatement("UPDATE kpi_value SET version = ? "
                     + "WHERE local_authority = ? AND month = ? AND kpi_code = ?")) {
            for (StoredValue row : rows) {
                var f = row.figures();
                int i = 1;
                insert.setString(i++, row.localAuthority());
                Jdbc.setMonth(insert, i++, row.month());
                insert.setString(i++, row.kpiCode());
                insert.setString(i++, row.breakdown().key());
                insert.setInt(i++, version);
                insert.setLong(i++, f.tally().numerator());
                insert.setLong(i++, f.tally().denominator());
                insert.setBigDecimal(i++, f.value());
                insert.setLong(i++, f.sixMonthTally().numerator());
                insert.setLong(i++, f.sixMonthTally().denominator());
                insert.setBigDecimal(i++, f.sixMonthAverage());
                insert.setBigDecimal(i++, f.changeOnLastMonth());
                insert.setBigDecimal(i++, f.changeOnLastYear());
                insert.setBigDecimal(i++, f.changeOnLastYearPercent());
                Jdbc.setInstant(insert, i++, row.computedAt());
                Jdbc.setInstant(insert, i++, now);
                insert.setString(i, reason);
                insert.addBatch();
            }
            insert.executeBatch();
            StoredValue first = rows.get(0);
            mark.setInt(1, version);
            mark.setString(2, first.localAuthority());
            Jdbc.setMonth(mark, 3, first.month());
            mark.setString(4, first.kpiCode());
            mark.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a version of " + rows.get(0).kpiCode(), e);
        }
    }

    /** The council-wide rows of one version of a closed month, for its scorecard. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredValue> councilRows(String localAuthority, YearMonth month, int version) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT DISTINCT ON (kpi_code) "
                     + KpiValueRepository.COLUMNS + " FROM kpi_value_version WHERE local_authority = ? AND month = ? "
                     + "AND breakdown = '' AND version <= ? ORDER BY kpi_code, version DESC")) {
            query.setString(1, localAuthority);
            Jdbc.setMonth(query, 2, month);
            query.setInt(3, version);
            List<StoredValue> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(KpiValueRepository.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a version of " + localAuthority + " " + month, e);
        }
    }

    private Map<String, List<StoredValue>> rows(String sql, String localAuthority, YearMonth month, Set<String> kpiCodes) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, localAuthority);
            Jdbc.setMonth(query, 2, month);
            query.setArray(3, connection.createArrayOf("text", kpiCodes.toArray()));
            Map<String, List<StoredValue>> byKpi = new HashMap<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    StoredValue row = KpiValueRepository.read(result);
                    byKpi.computeIfAbsent(row.kpiCode(), code -> new ArrayList<>()).add(row);
                }
            }
            return byKpi;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read figures of " + localAuthority + " " + month, e);
        }
    }
}
