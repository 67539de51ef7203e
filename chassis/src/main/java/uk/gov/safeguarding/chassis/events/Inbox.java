package uk.gov.safeguarding.chassis.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Idempotent consumption: call {@link #firstDelivery} in the transaction that applies an event and
 * apply it only when it answers true. A redelivered event then changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return entityManager.createNativeQuery(
                        "INSERT INTO inbox_event (event_id, consumer) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId)
                .setParameter(2, consumer)
                .executeUpdate() == 1;
    }

    /** As {@link #firstDelivery}, for many events in one statement: the ids not seen before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(String consumer, List<String> eventIds) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<String> fresh = new HashSet<>();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO inbox_event (event_id, consumer) SELECT unnest(?), ?
                    ON CONFLICT DO NOTHING RETURNING event_id""")) {
                insert.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
                insert.setString(2, consumer);
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getString(1));
                    }
                }
            }
            return fresh;
        });
    }
}
