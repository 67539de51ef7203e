package uk.gov.safeguarding.contacts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.contacts.domain.Contact;
import uk.gov.safeguarding.contacts.domain.ContactChild;

/**
 * The body of every event on {@value ContactEvents#TOPIC}: the contact's facts as they stand after
 * the event, for KPIs and audit sampling. No summary, rationale, reason or other free text, ever.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactFacts(
        UUID contactId,
        String localAuthority,
        String senderRef,
        String source,
        String channel,
        Instant receivedAt,
        String status,
        List<Child> children,
        List<String> concernCodes,
        int earlierContacts,
        Instant decisionDueAt,
        String recommendedOutcome,
        Integer thresholdLevel,
        Instant screenedAt,
        String screenedBy,
        int returnCount,
        String outcome,
        Boolean progressed,
        Instant decidedAt,
        String decidedBy,
        Integer decisionWorkingDays,
        Boolean decisionInTimescale,
        Instant referrerInformedAt,
        String referrerInformedMethod,
        Integer feedbackWorkingDays) {

    public record Child(String childRef, String sex, YearMonth birthMonth, boolean unborn, int earlierContacts) {
    }

    public static ContactFacts of(Contact contact) {
        return new ContactFacts(
                contact.id,
                contact.localAuthority,
                contact.senderRef,
                contact.source.code(),
                contact.channel.name(),
                contact.receivedAt,
                contact.status.name(),
                contact.children.stream().map(ContactFacts::child).toList(),
                Arrays.asList(contact.concernCodes),
                contact.earlierContacts,
                contact.decisionDueAt,
                contact.recommendedOutcome == null ? null : contact.recommendedOutcome.name(),
                contact.thresholdLevel,
                contact.screenedAt,
                contact.screenedBy,
                contact.returnCount,
                contact.outcome == null ? null : contact.outcome.name(),
                contact.outcome == null ? null : contact.outcome.progressesToIntervention(),
                contact.decidedAt,
                contact.decidedBy,
                contact.decisionWorkingDays,
                contact.decisionInTimescale,
                contact.referrerInformedAt,
                contact.referrerInformedMethod == null ? null : contact.referrerInformedMethod.name(),
                contact.feedbackWorkingDays);
    }

    private static Child child(ContactChild child) {
        return new Child(child.childRef, child.sex.name(), child.birthYearMonth(), child.unborn,
                child.earlierContacts);
    }
}
