package uk.gov.safeguarding.kpi.events;

import uk.gov.safeguarding.chassis.events.UnreadableEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import uk.gov.safeguarding.chassis.events.EventHandler;
import uk.gov.safeguarding.chassis.events.ReceivedEvent;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.kpi.repository.ContactFactRepository;
import uk.gov.safeguarding.kpi.repository.RecomputeQueue;

/**
 * Keeps the contact facts from safeguarding.contacts.v1 and marks the months they touch for
 * recomputation, in the transaction that records the event in the inbox.
 */
@ApplicationScoped
public class ContactEventsHandler implements EventHandler {

    public static final String TOPIC = Topics.CONTACTS;

    private final ObjectMapper json;
    private final ContactFactRepository facts;
    private final RecomputeQueue queue;

    public ContactEventsHandler(ObjectMapper json, ContactFactRepository facts, RecomputeQueue queue) {
        this.json = json;
        this.facts = facts;
        this.queue = queue;
    }

    @Override
    public String consumerName() {
        return "kpi-service.contacts";
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void handle(ReceivedEvent event) {
        ContactFact fact = read(event).toFact();
        Instant eventTime = event.time() != null ? event.time() : Instant.now();
        Set<YearMonth> touched = facts.store(fact, eventTime);
        queue.mark(fact.localAuthority(), touched, FactKind.CONTACTS.name());
    }

    private ContactEvent read(ReceivedEvent event) {
        if (event.data() == null) {
            throw new UnreadableEvent("the event has no body");
        }
        try {
            return json.readValue(event.data(), ContactEvent.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("the body is not a contact: " + e.getOriginalMessage());
        }
    }
}
