package uk.gov.safeguarding.contacts.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.chassis.events.OutboxEvent;
import uk.gov.safeguarding.contacts.domain.Contact;
import uk.gov.safeguarding.contacts.domain.ContactChild;
import uk.gov.safeguarding.contacts.events.ContactEvents;
import uk.gov.safeguarding.contacts.events.ContactFacts;

/**
 * Writes many contacts at once with JDBC statement batches, for batch intake: the same rows and events
 * the API writes, at a fraction of the round trips. Runs on a connection enlisted in the caller's
 * transaction.
 */
@ApplicationScoped
public class ContactBulkWriter {

    private final DataSource dataSource;
    private final Outbox outbox;

    public ContactBulkWriter(DataSource dataSource, Outbox outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    public record Key(String localAuthority, String senderRef) {
    }

    /**
     * Which of these sender refs are stored already. One query per council with {@code = ANY}, so the
     * planner uses the unique index rather than joining the whole table.
     */
    public Set<Key> existing(List<Key> keys) throws SQLException {
        Set<Key> found = new HashSet<>();
        Map<String, List<String>> byCouncil = new HashMap<>();
        for (Key key : keys) {
            byCouncil.computeIfAbsent(key.localAuthority(), k -> new ArrayList<>()).add(key.senderRef());
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT sender_ref FROM contact WHERE local_authority = ? AND sender_ref = ANY (?)")) {
            for (Map.Entry<String, List<String>> council : byCouncil.entrySet()) {
                statement.setString(1, council.getKey());
                statement.setArray(2, connection.createArrayOf("text", council.getValue().toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Key(council.getKey(), rs.getString(1)));
                    }
                }
            }
        }
        return found;
    }

    public record ChildKey(String localAuthority, String childRef) {
    }

    /** Receipt times of stored contacts about these children between {@code from} and {@code to}. */
    public Map<ChildKey, List<Instant>> history(Set<ChildKey> children, Instant from, Instant to) throws SQLException {
        Map<ChildKey, List<Instant>> history = new HashMap<>();
        Map<String, List<String>> byCouncil = new HashMap<>();
        for (ChildKey child : children) {
            byCouncil.computeIfAbsent(child.localAuthority(), k -> new ArrayList<>()).add(child.childRef());
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT child_ref, received_at FROM contact_child
                      WHERE local_authority = ? AND child_ref = ANY (?) AND received_at >= ? AND received_at < ?""")) {
            for (Map.Entry<String, List<String>> council : byCouncil.entrySet()) {
                statement.setString(1, council.getKey());
                statement.setArray(2, connection.createArrayOf("text", council.getValue().toArray()));
                statement.setTimestamp(3, Timestamp.from(from));
                statement.setTimestamp(4, Timestamp.from(to));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        history.computeIfAbsent(new ChildKey(council.getKey(), rs.getString(1)), k -> new ArrayList<>())
                                .add(rs.getTimestamp(2).toInstant());
                    }
                }
            }
        }
        return history;
    }

    /** Inserts the contacts, their children and their events (received, then decided and informed if so). */
    public void insert(List<Contact> contacts) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            insertContacts(connection, contacts);
            insertChildren(connection, contacts);
            List<OutboxEvent> events = new ArrayList<>(contacts.size() * 2);
            for (Contact contact : contacts) {
                ContactFacts facts = ContactFacts.of(contact);
                events.add(event(contact, ContactEvents.RECEIVED, facts));
                if (contact.decidedAt != null) {
                    events.add(event(contact, ContactEvents.DECIDED, facts));
                }
                if (contact.referrerInformedAt != null) {
                    events.add(event(contact, ContactEvents.REFERRER_INFORMED, facts));
                }
            }
            Outbox.insert(connection, events);
        }
    }

    private OutboxEvent event(Contact contact, String name, ContactFacts facts) {
        return outbox.prepare(ContactEvents.TOPIC, ContactEvents.AGGREGATE, contact.id.toString(), name, facts);
    }

    private static void insertContacts(Connection connection, List<Contact> contacts) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO contact (id, version, local_authority, sender_ref, received_at, source, channel,
                    referrer_organisation, referrer_role, concern_codes, summary, status, earlier_contacts,
                    decision_due_at, outcome, decided_at, decision_working_days, decision_in_timescale,
                    referrer_informed_at, referrer_informed_method, feedback_working_days, created_by, created_at)
                VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Contact c : contacts) {
                int i = 1;
                statement.setObject(i++, c.id);
                statement.setString(i++, c.localAuthority);
                statement.setString(i++, c.senderRef);
                statement.setTimestamp(i++, Timestamp.from(c.receivedAt));
                statement.setString(i++, c.source.name());
                statement.setString(i++, c.channel.name());
                statement.setString(i++, c.referrerOrganisation);
                statement.setString(i++, c.referrerRole);
                Array codes = connection.createArrayOf("text", c.concernCodes);
                statement.setArray(i++, codes);
                statement.setString(i++, c.summary);
                statement.setString(i++, c.status.name());
                statement.setInt(i++, c.earlierContacts);
                statement.setTimestamp(i++, Timestamp.from(c.decisionDueAt));
                statement.setString(i++, c.outcome == null ? null : c.outcome.name());
                statement.setTimestamp(i++, c.decidedAt == null ? null : Timestamp.from(c.decidedAt));
                setInteger(statement, i++, c.decisionWorkingDays);
                if (c.decisionInTimescale == null) {
                    statement.setNull(i++, Types.BOOLEAN);
                } else {
                    statement.setBoolean(i++, c.decisionInTimescale);
                }
                statement.setTimestamp(i++, c.referrerInformedAt == null ? null : Timestamp.from(c.referrerInformedAt));
                statement.setString(i++, c.referrerInformedMethod == null ? null : c.referrerInformedMethod.name());
                setInteger(statement, i++, c.feedbackWorkingDays);
                statement.setString(i++, c.createdBy);
                statement.setTimestamp(i, Timestamp.from(c.createdAt));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void insertChildren(Connection connection, List<Contact> contacts) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO contact_child (contact_id, position, child_ref, sex, birth_month, unborn, earlier_contacts,
                    local_authority, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Contact contact : contacts) {
                for (int position = 0; position < contact.children.size(); position++) {
                    ContactChild child = contact.children.get(position);
                    statement.setObject(1, contact.id);
                    statement.setInt(2, position);
                    statement.setString(3, child.childRef);
                    statement.setString(4, child.sex.name());
                    statement.setObject(5, child.birthMonth);
                    statement.setBoolean(6, child.unborn);
                    statement.setInt(7, child.earlierContacts);
                    statement.setString(8, contact.localAuthority);
                    statement.setTimestamp(9, Timestamp.from(contact.receivedAt));
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
