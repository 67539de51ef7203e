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
import java.util.List;
import javax.sql.DataSource;
import uk.gov.safeguarding.kpi.domain.AnnouncedBreach;
import uk.gov.safeguarding.kpi.domain.RedRun;

/** Threshold breaches announced, with their runs as last seen and their withdrawal, if any. */
@ApplicationScoped
public class BreachRepository {

    private static final String COLUMNS = "kpi_code, local_authority, run_start, breached_month, first_red_month, "
            + "last_red_month, breach_after_red_months, announced_at, withdrawn_at";

    private final DataSource dataSource;

    public BreachRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The breaches of one KPI and council that stand (announced, not withdrawn). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AnnouncedBreach> standing(String kpiCode, String localAuthority) {
        List<AnnouncedBreach> breaches = new ArrayList<>();
        for (BreachRow row : select("SELECT " + COLUMNS + " FROM kpi_breach WHERE kpi_code = ? AND local_authority = ?"
                + " AND withdrawn_at IS NULL ORDER BY run_start", kpiCode, localAuthority)) {
            breaches.add(new AnnouncedBreach(row.runStart(), row.breachedIn(), row.firstRedMonth(), row.lastRedMonth()));
        }
        return breaches;
    }

    /** A council's breaches, the latest first; {@code kpiCode} null for every KPI. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BreachRow> list(String localAuthority, String kpiCode, Boolean withdrawn) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM kpi_breach WHERE local_authority = ?");
        List<String> arguments = new ArrayList<>(List.of(localAuthority));
        if (kpiCode != null) {
            sql.append(" AND kpi_code = ?");
            arguments.add(kpiCode);
        }
        if (withdrawn != null) {
            sql.append(withdrawn ? " AND withdrawn_at IS NOT NULL" : " AND withdrawn_at IS NULL");
        }
        sql.append(" ORDER BY breached_month DESC, kpi_code");
        return select(sql.toString(), arguments.toArray(String[]::new));
    }

    /**
     * Records a new breach, or announces again one that was withdrawn and starts in the same month.
     *
     * @return false when a standing breach already starts there, so nothing is to be announced
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean announce(String kpiCode, String localAuthority, RedRun run, int breachAfter, Instant now) {
        return update("""
                INSERT INTO kpi_breach (kpi_code, local_authority, run_start, breached_month, first_red_month,
                                        last_red_month, breach_after_red_months, announced_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kpi_code, local_authority, run_start) DO UPDATE
                   SET breached_month = excluded.breached_month, first_red_month = excluded.first_red_month,
                       last_red_month = excluded.last_red_month,
                       breach_after_red_months = excluded.breach_after_red_months,
                       announced_at = excluded.announced_at, withdrawn_at = NULL
                 WHERE kpi_breach.withdrawn_at IS NOT NULL""", statement -> {
            statement.setString(1, kpiCode);
            statement.setString(2, localAuthority);
            Jdbc.setMonth(statement, 3, run.start());
            Jdbc.setMonth(statement, 4, run.breachedIn(breachAfter));
            Jdbc.setMonth(statement, 5, run.start());
            Jdbc.setMonth(statement, 6, run.end());
            statement.setInt(7, breachAfter);
            Jdbc.setInstant(statement, 8, now);
        }) == 1;
    }

    /** Keeps the breach's run as it stands now; its announced start and month stay its identity. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reshape(String kpiCode, String localAuthority, AnnouncedBreach breach, RedRun run) {
        update("UPDATE kpi_breach SET first_red_month = ?, last_red_month = ? "
                + "WHERE kpi_code = ? AND local_authority = ? AND run_start = ?", statement -> {
            Jdbc.setMonth(statement, 1, run.start());
            Jdbc.setMonth(statement, 2, run.end());
            statement.setString(3, kpiCode);
            statement.setString(4, localAuthority);
            Jdbc.setMonth(statement, 5, breach.runStart());
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(String kpiCode, String localAuthority, AnnouncedBreach breach, Instant now) {
        update("UPDATE kpi_breach SET withdrawn_at = ? WHERE kpi_code = ? AND local_authority = ? AND run_start = ?",
                statement -> {
                    Jdbc.setInstant(statement, 1, now);
                    statement.setString(2, kpiCode);
                    statement.setString(3, localAuthority);
                    Jdbc.setMonth(statement, 4, breach.runStart());
                });
    }

    private List<BreachRow> select(String sql, String... arguments) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setString(i + 1, arguments[i]);
            }
            List<BreachRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new BreachRow(result.getString("kpi_code"), result.getString("local_authority"),
                            Jdbc.month(result, "run_start"), Jdbc.month(result, "breached_month"),
                            Jdbc.month(result, "first_red_month"), Jdbc.month(result, "last_red_month"),
                            result.getInt("breach_after_red_months"),
                            Jdbc.instant(result, "announced_at"), Jdbc.instant(result, "withdrawn_at")));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read threshold breaches", e);
        }
    }

    private int update(String sql, Jdbc.Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record a threshold breach", e);
        }
    }
}
