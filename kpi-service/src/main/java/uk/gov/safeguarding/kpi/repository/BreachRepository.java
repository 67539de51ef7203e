package uk.gov.safeguarding.kpi.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import uk.gov.safeguarding.kpi.domain.RedRun;

/** Runs of red months already reported, so that each run is reported once. */
@ApplicationScoped
public class BreachRepository {

    private final DataSource dataSource;

    public BreachRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return true when this run was not reported before (and now is) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordIfNew(String kpiCode, String localAuthority, RedRun run, int breachAfter, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO kpi_breach (kpi_code, local_authority, "
                     + "run_start, breached_month, red_months, reported_at) VALUES (?, ?, ?, ?, ?, ?) "
                     + "ON CONFLICT DO NOTHING")) {
            insert.setString(1, kpiCode);
            insert.setString(2, localAuthority);
            Jdbc.setMonth(insert, 3, run.start());
            Jdbc.setMonth(insert, 4, run.breachedIn(breachAfter));
            insert.setInt(5, breachAfter);
            Jdbc.setInstant(insert, 6, now);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record a breach of " + kpiCode, e);
        }
    }
}
