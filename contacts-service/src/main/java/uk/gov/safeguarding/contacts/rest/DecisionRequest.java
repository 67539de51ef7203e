package uk.gov.safeguarding.contacts.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.contacts.domain.ContactOutcome;

@Schema(name = "Decision", description = "A manager's authorisation of the outcome")
public record DecisionRequest(
        @Schema(description = "The authorised outcome; the screening's recommendation if left out", examples = "CIN_REFERRAL")
        ContactOutcome outcome,
        @Schema(description = "When the decision was authorised; now if left out", examples = "2021-03-01T15:30:00Z")
        Instant decidedAt) {
}
