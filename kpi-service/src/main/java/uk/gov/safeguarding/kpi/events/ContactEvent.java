package uk.gov.safeguarding.kpi.events;

import uk.gov.safeguarding.chassis.events.UnreadableEvent;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.kernel.Councils;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;

/**
 * The part of a contacts-service event body that KPIs need. Unknown fields are ignored: payloads grow
 * additively within v1.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactEvent(
        UUID contactId,
        String localAuthority,
        String source,
        Instant receivedAt,
        List<Child> children,
        Instant decidedAt,
        String outcome,
        Boolean progressed,
        Instant referrerInformedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Child(String childRef, int earlierContacts) {
    }

    /** @throws UnreadableEvent when a field every contact has is missing */
    public ContactFact toFact() {
        if (contactId == null || localAuthority == null || source == null || receivedAt == null
                || children == null || children.isEmpty()) {
            throw new UnreadableEvent("a contact event needs contactId, localAuthority, source, receivedAt and children");
        }
        if (decidedAt != null && outcome == null) {
            throw new UnreadableEvent("a decided contact needs its outcome");
        }
        int repeat = (int) children.stream().filter(child -> child.earlierContacts() > 0).count();
        // Contacts recorded before the council reference may carry the LA number; one council is one code here.
        String council = Councils.england().canonical(localAuthority).orElseThrow(() -> new UnreadableEvent(
                "localAuthority " + localAuthority + " is not one of England's children's services authorities"));
        return new ContactFact(contactId, council, source, receivedAt, children.size(), repeat, decidedAt,
                outcome, Boolean.TRUE.equals(progressed), referrerInformedAt);
    }
}
