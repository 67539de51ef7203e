package uk.gov.safeguarding.contacts.imports;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.contacts.domain.ContactOutcome;
import uk.gov.safeguarding.contacts.domain.FeedbackMethod;
import uk.gov.safeguarding.contacts.rest.RecordContactRequest;

/**
 * One contact read from a batch file: the contact as the API takes it, and for historic data the
 * decision already made in the sending system (who screened and authorised it is not known here).
 */
@Schema(name = "ImportedContact")
public record ImportedContact(RecordContactRequest contact, HistoricDecision decision) {

    @Schema(name = "HistoricDecision")
    public record HistoricDecision(ContactOutcome outcome, Instant decidedAt, Instant referrerInformedAt,
                                   FeedbackMethod referrerInformedMethod) {
    }
}
