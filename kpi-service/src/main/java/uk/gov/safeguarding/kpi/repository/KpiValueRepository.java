package uk.gov.safeguarding.kpi.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.MonthFigures;
import uk.gov.safeguarding.kpi.domain.Tally;

/** The monthly figures, written by the recomputer and read by scorecards and exports. */
@ApplicationScoped
public class KpiValueRepository {

    public static final String COLUMNS = "kpi_code, local_authority, month, breakdown, numerator, denominator, value, "
            + "six_month_numerator, six_month_denominator, six_month_average, change_on_last_month, "
            + "change_on_last_year, change_on_last_year_percent, computed_at, version";

    private final DataSource dataSource;

    public KpiValueRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Sets a month's tallies for one KPI and council: breakdowns no longer counted are removed. Derived
     * figures are set by {@link #storeDerived} afterwards.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeTallies(String kpiCode, String localAuthority, YearMonth month, Map<Breakdown, Tally> tallies,
                             Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM kpi_value WHERE kpi_code = ? "
                    + "AND local_authority = ? AND month = ? AND NOT (breakdown = ANY (?))")) {
                delete.setString(1, kpiCode);
                delete.setString(2, localAuthority);
                Jdbc.setMonth(delete, 3, month);
                delete.setArray(4, connection.createArrayOf("text",
                        tallies.keySet().stream().map(Breakdown::key).toArray()));
                delete.executeUpdate();
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO kpi_value (kpi_code, "
                    + "local_authority, month, breakdown, numerator, denominator, six_month_numerator, "
                    + "six_month_denominator, computed_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?) "
                    + "ON CONFLICT (local_authority, month, kpi_code, breakdown) DO UPDATE SET "
                    + "numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, computed_at = EXCLUDED.computed_at "
                    + "WHERE (kpi_value.numerator, kpi_value.denominator) IS DISTINCT FROM "
                    + "(EXCLUDED.numerator, EXCLUDED.denominator)")) {
                for (Map.Entry<Breakdown, Tally> entry : tallies.entrySet()) {
                    upsert.setString(1, kpiCode);
                    upsert.setString(2, localAuthority);
                    Jdbc.setMonth(upsert, 3, month);
                    upsert.setString(4, entry.getKey().key());
                    upsert.setLong(5, entry.getValue().numerator());
                    upsert.setLong(6, entry.getValue().denominator());
                    Jdbc.setInstant(upsert, 7, now);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store " + kpiCode + " for " + localAuthority + " " + month, e);
        }
    }

    /** One KPI's council-wide rows for every month up to {@code to}, whatever its breakdowns. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<StoredValue> councilHistory(String kpiCode, String localAuthority, YearMonth to) {
        return query("SELECT " + COLUMNS + " FROM kpi_value WHERE kpi_code = ? AND local_authority = ? "
                + "AND breakdown = '' AND month <= ?", statement -> {
            statement.setString(1, kpiCode);
            statement.setString(2, localAuthority);
            Jdbc.setMonth(statement, 3, to);
        });
    }

    /** Every stored row of one KPI and council between two months, both included. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<StoredValue> range(String kpiCode, String localAuthority, YearMonth from, YearMonth to) {
        return query("SELECT " + COLUMNS + " FROM kpi_value WHERE kpi_code = ? AND local_authority = ? "
                + "AND month BETWEEN ? AND ?", statement -> {
            statement.setString(1, kpiCode);
            statement.setString(2, localAuthority);
            Jdbc.setMonth(statement, 3, from);
            Jdbc.setMonth(statement, 4, to);
        });
    }

    /** Writes derived figures that differ from what is stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeDerived(List<StoredValue> stored, List<MonthFigures> figures, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE kpi_value SET value = ?, "
                     + "six_month_numerator = ?, six_month_denominator = ?, six_month_average = ?, "
                     + "change_on_last_month = ?, change_on_last_year = ?, change_on_last_year_percent = ?, "
                     + "computed_at = ? WHERE kpi_code = ? AND local_authority = ? AND month = ? AND breakdown = ?")) {
            int changed = 0;
            for (int i = 0; i < stored.size(); i++) {
                StoredValue row = stored.get(i);
                MonthFigures next = figures.get(i);
                if (sameFigures(row.figures(), next)) {
                    continue;
                }
                update.setBigDecimal(1, next.value());
                update.setLong(2, next.sixMonthTally().numerator());
                update.setLong(3, next.sixMonthTally().denominator());
                update.setBigDecimal(4, next.sixMonthAverage());
                update.setBigDecimal(5, next.changeOnLastMonth());
                update.setBigDecimal(6, next.changeOnLastYear());
                update.setBigDecimal(7, next.changeOnLastYearPercent());
                Jdbc.setInstant(update, 8, now);
                update.setString(9, row.kpiCode());
                update.setString(10, row.localAuthority());
                Jdbc.setMonth(update, 11, row.month());
                update.setString(12, row.breakdown().key());
                update.addBatch();
                changed++;
            }
            if (changed > 0) {
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store derived KPI figures", e);
        }
    }

    /** Council-wide rows of every KPI for a council and months, for scorecards. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredValue> councilMonths(String localAuthority, YearMonth from, YearMonth to) {
        return query("SELECT " + COLUMNS + " FROM kpi_value WHERE local_authority = ? AND month BETWEEN ? AND ? "
                + "AND breakdown = ''", statement -> {
            statement.setString(1, localAuthority);
            Jdbc.setMonth(statement, 2, from);
            Jdbc.setMonth(statement, 3, to);
        });
    }

    /** The whole-council figures of several councils in one month (a council's statistical neighbours). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredValue> councilsInMonth(List<String> councils, YearMonth month) {
        if (councils.isEmpty()) {
            return List.of();
        }
        return query("SELECT " + COLUMNS + " FROM kpi_value WHERE local_authority = ANY (?) AND month = ? "
                + "AND breakdown = ''", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", councils.toArray()));
            Jdbc.setMonth(statement, 2, month);
        });
    }

    /** A page of the values feed (one row more than the limit, to tell whether there is a next page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredValue> feed(ValuesQuery query) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM kpi_value WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (query.kpiCode() != null) {
            sql.append(" AND kpi_code = ?");
            parameters.add(query.kpiCode());
        }
        if (query.localAuthority() != null) {
            sql.append(" AND local_authority = ?");
            parameters.add(query.localAuthority());
        }
        if (query.from() != null) {
            sql.append(" AND month >= ?");
            parameters.add(java.sql.Date.valueOf(query.from().atDay(1)));
        }
        if (query.to() != null) {
            sql.append(" AND month <= ?");
            parameters.add(java.sql.Date.valueOf(query.to().atDay(1)));
        }
        switch (query.breakdowns()) {
            case COUNCIL -> sql.append(" AND breakdown = ''");
            case TEAM -> sql.append(" AND breakdown LIKE 'team:%'");
            case SOURCE -> sql.append(" AND breakdown LIKE 'source:%'");
            case ALL -> { }
        }
        if (query.after() != null) {
            sql.append(" AND (kpi_code, local_authority, month, breakdown) > (?, ?, ?, ?)");
            parameters.add(query.after().kpiCode());
            parameters.add(query.after().localAuthority());
            parameters.add(java.sql.Date.valueOf(query.after().month().atDay(1)));
            parameters.add(query.after().breakdown());
        }
        sql.append(" ORDER BY kpi_code, local_authority, month, breakdown LIMIT ?");
        parameters.add(query.limit() + 1);
        List<StoredValue> rows = query(sql.toString(), statement -> {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
        });
        return rows;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredValue> contactVolumes(String kpiCode, String localAuthority, YearMonth from, YearMonth to,
                                            boolean bySource) {
        return query("SELECT " + COLUMNS + " FROM kpi_value WHERE kpi_code = ? AND local_authority = ? "
                + "AND month BETWEEN ? AND ?" + (bySource ? "" : " AND breakdown = ''"), statement -> {
            statement.setString(1, kpiCode);
            statement.setString(2, localAuthority);
            Jdbc.setMonth(statement, 3, from);
            Jdbc.setMonth(statement, 4, to);
        });
    }

    private List<StoredValue> query(String sql, Jdbc.Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.setFetchSize(1_000);
            List<StoredValue> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(read(rows));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read KPI values", e);
        }
    }

    static StoredValue read(ResultSet rows) throws SQLException {
        YearMonth month = Jdbc.month(rows, "month");
        MonthFigures figures = new MonthFigures(month, new Tally(rows.getLong("numerator"), rows.getLong("denominator")),
                rows.getBigDecimal("value"),
                new Tally(rows.getLong("six_month_numerator"), rows.getLong("six_month_denominator")),
                rows.getBigDecimal("six_month_average"), rows.getBigDecimal("change_on_last_month"),
                rows.getBigDecimal("change_on_last_year"), rows.getBigDecimal("change_on_last_year_percent"));
        return new StoredValue(rows.getString("kpi_code"), rows.getString("local_authority"), month,
                Breakdown.fromKey(rows.getString("breakdown")), figures, Jdbc.instant(rows, "computed_at"),
                (Integer) rows.getObject("version"));
    }

    private static boolean sameFigures(MonthFigures a, MonthFigures b) {
        return a.tally().equals(b.tally()) && a.sixMonthTally().equals(b.sixMonthTally())
                && sameNumber(a.value(), b.value()) && sameNumber(a.sixMonthAverage(), b.sixMonthAverage())
                && sameNumber(a.changeOnLastMonth(), b.changeOnLastMonth())
                && sameNumber(a.changeOnLastYear(), b.changeOnLastYear())
                && sameNumber(a.changeOnLastYearPercent(), b.changeOnLastYearPercent());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
