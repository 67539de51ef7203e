package uk.gov.safeguarding.contacts.events;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.contacts.domain.Contact;

/** The contact events, written to the outbox in the transaction that changes the contact. */
@ApplicationScoped
public class ContactEvents {

    public static final String TOPIC = "safeguarding.contacts.v1";
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
