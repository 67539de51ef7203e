package uk.gov.safeguarding.contacts.events;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.contacts.domain.Contact;
import uk.gov.safeguarding.kernel.Topics;

/** The contact events, written to the outbox in the transaction that changes the contact. */
@ApplicationScoped
public class ContactEvents {

    public static final String TOPIC = Topics.CONTACTS;
    public static final String AGGREGATE = "contact";

    public static final String RECEIVED = "received";
    public static final String SCREENED = "screened";
    public static final String DECIDED = "decided";
    public static final String RETURNED = "returned";
    public static final String REFERRER_INFORMED = "referrer-informed";

    private final Outbox outbox;

    public ContactEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(Contact contact, String eventName) {
        outbox.publish(TOPIC, AGGREGATE, contact.id.toString(), eventName, ContactFacts.of(contact));
    }
}
