package uk.gov.safeguarding.contacts.service;

import java.time.Instant;
import uk.gov.safeguarding.contacts.domain.ContactOutcome;
import uk.gov.safeguarding.contacts.domain.FeedbackMethod;

/** What each step of a contact's journey carries into the service; times are now when left out. */
public final class ContactSteps {

    private ContactSteps() {
    }

    public record Screening(ContactOutcome recommendedOutcome, Integer thresholdLevel, String rationale,
                            Instant screenedAt) {
    }

    /** A manager's authorisation; the outcome is the screening's recommendation when left out. */
    public record Authorisation(ContactOutcome outcome, Instant decidedAt) {

        public static final Authorisation AS_RECOMMENDED_NOW = new Authorisation(null, null);
    }

    public record ReturnForRescreening(String reason) {
    }

    public record ReferrerInformed(FeedbackMethod method, Instant informedAt) {
    }
}
