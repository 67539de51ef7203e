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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.FactSource;
import uk.gov.safeguarding.kpi.domain.FactSources;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;

/** The contacts as kpi-service knows them, one row per contact, set from contacts-service's events. */
@ApplicationScoped
public class ContactFactRepository implements FactSource<ContactFact>, FactSources {

    private static final String COLUMNS = "contact_id, local_authority, source, received_at, children, repeat_children, "
            + "decided_at, outcome, progressed, referrer_informed_at";

    private final DataSource dataSource;

    public ContactFactRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public FactKind<ContactFact> kind() {
        return FactKind.CONTACTS;
    }

    @Override
    public List<FactSource<?>> factSources() {
        return List.of(this);
    }

    /**
     * Stores the facts unless a newer event already set them. Answers the council months whose figures
     * the change touches (before and after), empty when nothing changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<YearMonth> store(ContactFact fact, Instant eventTime) {
        try (Connection connection = dataSource.getConnection()) {
            Set<YearMonth> touched = new HashSet<>();
            try (PreparedStatement before = connection.prepareStatement(
                    "SELECT received_month, decided_month, event_time FROM contact_fact WHERE contact_id = ? FOR UPDATE")) {
                before.setObject(1, fact.contactId());
                try (ResultSet row = before.executeQuery()) {
                    if (row.next()) {
                        if (Jdbc.instant(row, "event_time").isAfter(eventTime)) {
                            return Set.of();
                        }
                        addIfPresent(touched, Jdbc.month(row, "received_month"));
                        addIfPresent(touched, Jdbc.month(row, "decided_month"));
                    }
                }
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO contact_fact (" + COLUMNS
                    + ", received_month, decided_month, event_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (contact_id) DO UPDATE SET local_authority = EXCLUDED.local_authority, "
                    + "source = EXCLUDED.source, received_at = EXCLUDED.received_at, children = EXCLUDED.children, "
                    + "repeat_children = EXCLUDED.repeat_children, decided_at = EXCLUDED.decided_at, "
                    + "outcome = EXCLUDED.outcome, progressed = EXCLUDED.progressed, "
                    + "referrer_informed_at = EXCLUDED.referrer_informed_at, received_month = EXCLUDED.received_month, "
                    + "decided_month = EXCLUDED.decided_month, event_time = EXCLUDED.event_time")) {
                upsert.setObject(1, fact.contactId());
                upsert.setString(2, fact.localAuthority());
                upsert.setString(3, fact.source());
                Jdbc.setInstant(upsert, 4, fact.receivedAt());
                upsert.setInt(5, fact.children());
                upsert.setInt(6, fact.repeatChildren());
                Jdbc.setInstant(upsert, 7, fact.decidedAt());
                upsert.setString(8, fact.outcome());
                upsert.setBoolean(9, fact.progressed());
                Jdbc.setInstant(upsert, 10, fact.referrerInformedAt());
                Jdbc.setMonth(upsert, 11, fact.receivedMonth());
                Jdbc.setMonth(upsert, 12, fact.decidedMonth());
                Jdbc.setInstant(upsert, 13, eventTime);
                upsert.executeUpdate();
            }
            touched.add(fact.receivedMonth());
            addIfPresent(touched, fact.decidedMonth());
            return touched;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the facts of contact " + fact.contactId(), e);
        }
    }

    /** Contacts received or decided in the month. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ContactFact> load(String localAuthority, YearMonth month) {
        String sql = "SELECT " + COLUMNS + " FROM contact_fact WHERE local_authority = ? AND received_month = ? "
                + "UNION ALL SELECT " + COLUMNS + " FROM contact_fact WHERE local_authority = ? AND decided_month = ? "
                + "AND received_month <> ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, localAuthority);
            Jdbc.setMonth(query, 2, month);
            query.setString(3, localAuthority);
            Jdbc.setMonth(query, 4, month);
            Jdbc.setMonth(query, 5, month);
            query.setFetchSize(5_000);
            List<ContactFact> facts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    facts.add(new ContactFact(rows.getObject("contact_id", UUID.class), rows.getString("local_authority"),
                            rows.getString("source"), Jdbc.instant(rows, "received_at"), rows.getInt("children"),
                            rows.getInt("repeat_children"), Jdbc.instant(rows, "decided_at"), rows.getString("outcome"),
                            rows.getBoolean("progressed"), Jdbc.instant(rows, "referrer_informed_at")));
                }
            }
            return facts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the contacts of " + localAuthority + " " + month, e);
        }
    }

    private static void addIfPresent(Set<YearMonth> months, YearMonth month) {
        if (month != null) {
            months.add(month);
        }
    }
}
