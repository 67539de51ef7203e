package uk.gov.safeguarding.kpi;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import uk.gov.safeguarding.kernel.Council;
import uk.gov.safeguarding.kernel.Councils;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.kpi.repository.RecomputeQueue;

/**
 * Puts contact facts straight into the database, as the consumer would (same table, same recomputation
 * marks), for tests that need thousands of contacts. The event path has tests of its own.
 */
@ApplicationScoped
public class KpiFixtures {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AtomicInteger COUNCILS = new AtomicInteger();
    /** Derby's statistical neighbours, kept for the test of averages worked out from neighbours' figures. */
    public static final List<String> DERBY_NEIGHBOURS = Councils.england()
            .statisticalNeighbours(Councils.england().find("E06000015").orElseThrow()).stream().map(Council::onsCode).toList();
    private static final List<String> SPARE_COUNCILS = Councils.england().all().stream().map(Council::onsCode)
            .filter(code -> !Set.of("E06000015", "E06000018", "E06000019").contains(code))
            .filter(code -> !DERBY_NEIGHBOURS.contains(code)).toList();

    private final DataSource dataSource;
    private final RecomputeQueue queue;

    public KpiFixtures(DataSource dataSource, RecomputeQueue queue) {
        this.dataSource = dataSource;
        this.queue = queue;
    }

    /**
     * A council no other test uses, so figures never mix: one of England's real councils (the service
     * refuses any other code), leaving out Derby and its neighbours, which tests name, and the two the hostile
     * tests write to.
     */
    public static String newCouncil() {
        int next = COUNCILS.getAndIncrement();
        if (next >= SPARE_COUNCILS.size()) {
            throw new IllegalStateException("The tests have used all " + SPARE_COUNCILS.size() + " spare councils");
        }
        return SPARE_COUNCILS.get(next);
    }

    /** A contact received at noon on the given day of the month, decided {@code decidedAfterDays} later. */
    public static ContactFact contact(String council, YearMonth month, int day, String source, String outcome,
                                      Integer decidedAfterDays, boolean repeat) {
        Instant received = month.atDay(day).atTime(12, 0).atZone(LONDON).toInstant();
        Instant decided = decidedAfterDays == null ? null : received.plus(Duration.ofDays(decidedAfterDays));
        boolean progressed = "CIN_REFERRAL".equals(outcome) || "STRATEGY_DISCUSSION".equals(outcome);
        return new ContactFact(UUID.randomUUID(), council, source, received, 1, repeat ? 1 : 0, decided,
                decidedAfterDays == null ? null : outcome, progressed, null);
    }

    public void store(List<ContactFact> facts) {
        QuarkusTransaction.requiringNew().run(() -> {
            Set<YearMonth> months = new HashSet<>();
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO contact_fact (contact_id, "
                         + "local_authority, source, received_at, received_month, children, repeat_children, decided_at, "
                         + "decided_month, outcome, progressed, referrer_informed_at, event_time) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())")) {
                for (ContactFact fact : facts) {
                    insert.setObject(1, fact.contactId());
                    insert.setString(2, fact.localAuthority());
                    insert.setString(3, fact.source());
                    insert.setTimestamp(4, Timestamp.from(fact.receivedAt()));
                    insert.setObject(5, fact.receivedMonth().atDay(1));
                    insert.setInt(6, fact.children());
                    insert.setInt(7, fact.repeatChildren());
                    insert.setTimestamp(8, fact.decidedAt() == null ? null : Timestamp.from(fact.decidedAt()));
                    insert.setObject(9, fact.decidedMonth() == null ? null : fact.decidedMonth().atDay(1));
                    insert.setString(10, fact.outcome());
                    insert.setBoolean(11, fact.progressed());
                    insert.setTimestamp(12, fact.referrerInformedAt() == null ? null
                            : Timestamp.from(fact.referrerInformedAt()));
                    insert.addBatch();
                    months.add(fact.receivedMonth());
                    if (fact.decidedMonth() != null) {
                        months.add(fact.decidedMonth());
                    }
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            facts.stream().map(ContactFact::localAuthority).distinct()
                    .forEach(council -> queue.mark(council, months, FactKind.CONTACTS.name()));
        });
    }

    /** Waits until every marked month has been worked out again. */
    public void awaitRecomputed() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> queue.backlog() == 0);
    }
}
