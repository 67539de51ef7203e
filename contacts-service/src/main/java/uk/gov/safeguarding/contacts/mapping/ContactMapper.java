package uk.gov.safeguarding.contacts.mapping;

import java.time.Instant;
import java.util.Arrays;
import uk.gov.safeguarding.contacts.domain.Contact;
import uk.gov.safeguarding.contacts.domain.ContactChild;
import uk.gov.safeguarding.contacts.rest.ChildRequest;
import uk.gov.safeguarding.contacts.rest.ContactView;

public final class ContactMapper {

    private ContactMapper() {
    }

    public static ContactView toView(Contact contact, Instant now) {
        return new ContactView(
                contact.id,
                contact.localAuthority,
                contact.senderRef,
                contact.receivedAt,
                contact.source.code(),
                contact.channel,
                contact.referrerOrganisation,
                contact.referrerRole,
                contact.children.stream().map(ContactMapper::toView).toList(),
                Arrays.asList(contact.concernCodes),
                contact.summary,
                contact.status,
                contact.earlierContacts,
                contact.decisionDueAt,
                contact.isOverdue(now),
                contact.screenedAt == null ? null : new ContactView.Screening(contact.recommendedOutcome,
                        contact.thresholdLevel, contact.screeningRationale, contact.screenedBy, contact.screenedAt),
                contact.decidedAt == null ? null : new ContactView.Decision(contact.outcome, contact.decidedBy,
                        contact.decidedAt, contact.decisionWorkingDays, contact.decisionInTimescale),
                contact.referrerInformedAt == null ? null : new ContactView.Feedback(contact.referrerInformedMethod,
                        contact.referrerInformedAt, contact.referrerInformedBy, contact.feedbackWorkingDays),
                contact.returnCount,
                contact.createdAt,
                contact.createdBy);
    }

    private static ContactView.Child toView(ContactChild child) {
        return new ContactView.Child(child.childRef, child.birthYearMonth(), child.unborn, child.sex,
                child.earlierContacts);
    }

    public static ContactChild toChild(ChildRequest request) {
        return new ContactChild(request.childRef(), request.sex(), request.birthMonth(), request.unborn());
    }
}
