package uk.gov.safeguarding.kpi.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Council months whose facts changed and whose figures are due to be worked out again. Marking is part
 * of the transaction that changes the facts, so a committed fact is always followed by a recomputation.
 */
@ApplicationScoped
public class RecomputeQueue {

    public record Due(String localAuthority, YearMonth month, String factKind) {
    }

    private final DataSource dataSource;

    public RecomputeQueue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * DO UPDATE rather than DO NOTHING: a mark being recomputed is locked, and updating it waits for the
     * recomputation to finish and then inserts afresh, so a change committed meanwhile is not missed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mark(String localAuthority, Collection<YearMonth> months, String factKind) {
        if (months.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO month_to_recompute "
                     + "(local_authority, month, fact_kind) VALUES (?, ?, ?) ON CONFLICT (local_authority, month, fact_kind) "
                     + "DO UPDATE SET marked_at = LEAST(month_to_recompute.marked_at, clock_timestamp())")) {
            for (YearMonth month : months) {
                insert.setString(1, localAuthority);
                Jdbc.setMonth(insert, 2, month);
                insert.setString(3, factKind);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark months for recomputation", e);
        }
    }

    /** Marks every council month that has figures for the KPI, after a change to how it is counted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markComputedMonths(String kpiCode, String factKind) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO month_to_recompute "
                     + "(local_authority, month, fact_kind) SELECT DISTINCT local_authority, month, ? FROM kpi_value "
                     + "WHERE kpi_code = ? ON CONFLICT (local_authority, month, fact_kind) "
                     + "DO UPDATE SET marked_at = LEAST(month_to_recompute.marked_at, clock_timestamp())")) {
            insert.setString(1, factKind);
            insert.setString(2, kpiCode);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark the months of " + kpiCode + " for recomputation", e);
        }
    }

    /** The oldest due marks no other replica holds, locked until the calling transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Due> take(int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT local_authority, month, fact_kind "
                     + "FROM month_to_recompute WHERE marked_at <= clock_timestamp() ORDER BY marked_at LIMIT ? "
                     + "FOR UPDATE SKIP LOCKED")) {
            query.setInt(1, limit);
            List<Due> due = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(rows.getString(1), Jdbc.month(rows, "month"), rows.getString(3)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the months due for recomputation", e);
        }
    }

    /**
     * The given mark and up to {@code limit - 1} other due marks of the same council and kind of fact
     * that no other replica holds, nearest months first, locked until the calling transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Due> takeAlong(Due first, int limit) {
        List<Due> due = new ArrayList<>(List.of(first));
        if (limit <= 1) {
            return due;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT month FROM month_to_recompute "
                     + "WHERE local_authority = ? AND fact_kind = ? AND month <> ? AND marked_at <= clock_timestamp() "
                     + "ORDER BY abs(month - ?::date) LIMIT ? FOR UPDATE SKIP LOCKED")) {
            query.setString(1, first.localAuthority());
            query.setString(2, first.factKind());
            Jdbc.setMonth(query, 3, first.month());
            Jdbc.setMonth(query, 4, first.month());
            query.setInt(5, limit - 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(first.localAuthority(), Jdbc.month(rows, "month"), first.factKind()));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the months due for recomputation", e);
        }
    }

    /** Locks one mark if it is still due and no other replica holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lock(Due due) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM month_to_recompute "
                     + "WHERE local_authority = ? AND month = ? AND fact_kind = ? FOR UPDATE SKIP LOCKED")) {
            query.setString(1, due.localAuthority());
            Jdbc.setMonth(query, 2, due.month());
            query.setString(3, due.factKind());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock a month due for recomputation", e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void done(List<Due> batch) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM month_to_recompute "
                     + "WHERE local_authority = ? AND month = ? AND fact_kind = ?")) {
            for (Due due : batch) {
                delete.setString(1, due.localAuthority());
                Jdbc.setMonth(delete, 2, due.month());
                delete.setString(3, due.factKind());
                delete.addBatch();
            }
            delete.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the recomputation queue", e);
        }
    }

    /** Puts a mark that failed to the back, so one bad month does not hold up the rest. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void postpone(Due due, Duration delay) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE month_to_recompute "
                     + "SET marked_at = clock_timestamp() + make_interval(secs => ?) "
                     + "WHERE local_authority = ? AND month = ? AND fact_kind = ?")) {
            update.setDouble(1, delay.toMillis() / 1000.0);
            update.setString(2, due.localAuthority());
            Jdbc.setMonth(update, 3, due.month());
            update.setString(4, due.factKind());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not postpone a month due for recomputation", e);
        }
    }

    /** Whether figures of the council's month are still waiting to be worked out again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean pending(String localAuthority, YearMonth month) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM month_to_recompute "
                     + "WHERE local_authority = ? AND month = ?")) {
            query.setString(1, localAuthority);
            Jdbc.setMonth(query, 2, month);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the recomputation queue", e);
        }
    }

    @Transactional
    public long backlog() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM month_to_recompute");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the months due for recomputation", e);
        }
    }
}
