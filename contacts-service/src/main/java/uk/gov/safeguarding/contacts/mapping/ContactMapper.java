package uk.gov.safeguarding.contacts.mapping;

import java.time.Instant;
import java.util.Arrays;
import uk.gov.safeguarding.contacts.domain.Contact;
import uk.gov.safeguarding.contacts.domain.ContactChild;
import uk.gov.safeguarding.contacts.rest.ChildRequest;
import uk.gov.safeguarding.contacts.rest.ContactView;
import uk.gov.safeguarding.contacts.rest.DecisionRequest;
import uk.gov.safeguarding.contacts.rest.FeedbackRequest;
import uk.gov.safeguarding.contacts.rest.RecordContactRequest;
import uk.gov.safeguarding.contacts.rest.ReturnRequest;
import uk.gov.safeguarding.contacts.rest.ScreeningRequest;
import uk.gov.safeguarding.contacts.service.ContactSteps;
import uk.gov.safeguarding.contacts.service.NewChild;
import uk.gov.safeguarding.contacts.service.NewContact;

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

    /** The API's contact as the service's command. */
    public static NewContact toCommand(RecordContactRequest request) {
        return new NewContact(request.localAuthority(), request.senderRef(), request.receivedAt(), request.source(),
                request.channel(), request.referrerOrganisation(), request.referrerRole(),
                request.children() == null ? null : request.children().stream().map(ContactMapper::toCommand).toList(),
                request.concernCodes(), request.summary());
    }

    private static NewChild toCommand(ChildRequest child) {
        return child == null ? null : new NewChild(child.childRef(), child.birthMonth(), child.unborn(), child.sex());
    }

    public static ContactSteps.Screening toCommand(ScreeningRequest request) {
        return new ContactSteps.Screening(request.recommendedOutcome(), request.thresholdLevel(), request.rationale(),
                request.screenedAt());
    }

    /** An empty body authorises the recommendation now. */
    public static ContactSteps.Authorisation toCommand(DecisionRequest request) {
        return request == null ? ContactSteps.Authorisation.AS_RECOMMENDED_NOW
                : new ContactSteps.Authorisation(request.outcome(), request.decidedAt());
    }

    public static ContactSteps.ReturnForRescreening toCommand(ReturnRequest request) {
        return new ContactSteps.ReturnForRescreening(request.reason());
    }

    public static ContactSteps.ReferrerInformed toCommand(FeedbackRequest request) {
        return new ContactSteps.ReferrerInformed(request.method(), request.informedAt());
    }
}
