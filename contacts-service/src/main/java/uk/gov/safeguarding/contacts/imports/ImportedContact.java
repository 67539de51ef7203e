package uk.gov.safeguarding.contacts.imports;

import java.time.Instant;
import uk.gov.safeguarding.contacts.domain.ContactOutcome;
import uk.gov.safeguarding.contacts.domain.FeedbackMethod;
import uk.gov.safeguarding.contacts.service.NewContact;

/**
 * One contact read from a batch file: the contact as the API takes it, and for historic data the
 * decision already made in the sending system (who screened and authorised it is not known here).
 */
public record ImportedContact(NewContact contact, HistoricDecision decision) {

    public record HistoricDecision(ContactOutcome outcome, Instant decidedAt, Instant referrerInformedAt,
                                   FeedbackMethod referrerInformedMethod) {
    }
}
