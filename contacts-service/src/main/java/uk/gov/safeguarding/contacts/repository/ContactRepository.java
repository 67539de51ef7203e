package uk.gov.safeguarding.contacts.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.safeguarding.contacts.domain.Contact;
import uk.gov.safeguarding.contacts.domain.ContactDecision;
import uk.gov.safeguarding.contacts.domain.ContactStatus;
import uk.gov.safeguarding.contacts.domain.RepeatContacts;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    public Optional<Contact> findBySenderRef(String localAuthority, String senderRef) {
        return find("localAuthority = ?1 and senderRef = ?2", localAuthority, senderRef).firstResultOptional();
    }

    /** Locks the contact so that its events get sequence numbers in the order its changes commit. */
    public Optional<Contact> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Contacts about this child in the council in the 12 months before {@code receivedAt}. */
    public int countEarlierContacts(String localAuthority, String childRef, Instant receivedAt) {
        Instant yearBefore = RepeatContacts.windowStart(receivedAt);
        Number count = (Number) getEntityManager().createNativeQuery("""
                        SELECT count(*) FROM contact_child
                         WHERE local_authority = ?1 AND child_ref = ?2
                           AND received_at >= ?3 AND received_at < ?4""")
                .setParameter(1, localAuthority)
                .setParameter(2, childRef)
                .setParameter(3, yearBefore)
                .setParameter(4, receivedAt)
                .getSingleResult();
        return count.intValue();
    }

    public PanacheQuery<Contact> search(ContactQuery query, Instant now) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (query.localAuthority() != null) {
            where.add("c.localAuthority = :la");
            parameters.and("la", query.localAuthority());
        }
        if (query.receivedFrom() != null) {
            where.add("c.receivedAt >= :from");
            parameters.and("from", query.receivedFrom().atStartOfDay(ContactDecision.LONDON).toInstant());
        }
        if (query.receivedTo() != null) {
            where.add("c.receivedAt < :to");
            parameters.and("to", query.receivedTo().plusDays(1).atStartOfDay(ContactDecision.LONDON).toInstant());
        }
        if (query.status() != null) {
            where.add("c.status = :status");
            parameters.and("status", query.status());
        }
        if (query.source() != null) {
            where.add("c.source = :source");
            parameters.and("source", query.source());
        }
        if (query.outcome() != null) {
            where.add("c.outcome = :outcome");
            parameters.and("outcome", query.outcome());
        }
        if (query.childRef() != null) {
            where.add("c.id in (select c2.id from Contact c2 join c2.children ch where ch.childRef = :childRef)");
            parameters.and("childRef", query.childRef());
        }
        if (query.minEarlierContacts() != null) {
            where.add("c.earlierContacts >= :minEarlier");
            parameters.and("minEarlier", query.minEarlierContacts());
        }
        if (query.overdue() != null) {
            where.add(query.overdue()
                    ? "(c.status <> :decided and c.decisionDueAt <= :now)"
                    : "(c.status = :decided or c.decisionDueAt > :now)");
            parameters.and("decided", ContactStatus.DECIDED).and("now", now);
        }
        String hql = "from Contact c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + query.sort().orderBy();
        return find(hql, parameters);
    }
}
