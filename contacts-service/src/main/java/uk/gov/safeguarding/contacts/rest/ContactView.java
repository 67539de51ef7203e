package uk.gov.safeguarding.contacts.rest;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.contacts.domain.Channel;
import uk.gov.safeguarding.contacts.domain.ContactOutcome;
import uk.gov.safeguarding.contacts.domain.ContactStatus;
import uk.gov.safeguarding.contacts.domain.FeedbackMethod;
import uk.gov.safeguarding.contacts.domain.Sex;

@Schema(name = "Contact")
public record ContactView(
        UUID id,
        String localAuthority,
        String senderRef,
        Instant receivedAt,
        @Schema(examples = "2A") String source,
        Channel channel,
        String referrerOrganisation,
        String referrerRole,
        List<Child> children,
        List<String> concernCodes,
        String summary,
        ContactStatus status,
        @Schema(description = "Most earlier contacts any child had in the previous 12 months") int earlierContacts,
        @Schema(description = "When an undecided contact becomes overdue") Instant decisionDueAt,
        boolean overdue,
        Screening screening,
        Decision decision,
        Feedback referrerFeedback,
        @Schema(description = "Times a manager returned it for re-screening") int returnCount,
        Instant createdAt,
        String createdBy) {

    @Schema(name = "ContactChild")
    public record Child(String childRef, YearMonth birthMonth, boolean unborn, Sex sex, int earlierContacts) {
    }

    @Schema(name = "ContactScreening")
    public record Screening(ContactOutcome recommendedOutcome, Integer thresholdLevel, String rationale,
                            String screenedBy, Instant screenedAt) {
    }

    @Schema(name = "ContactDecision")
    public record Decision(ContactOutcome outcome, String decidedBy, Instant decidedAt,
                           @Schema(description = "Working days from receipt, 0 on the day") Integer workingDays,
                           @Schema(description = "Authorised within 1 working day of receipt") Boolean inTimescale) {
    }

    @Schema(name = "ContactReferrerFeedback")
    public record Feedback(FeedbackMethod method, Instant informedAt, String informedBy,
                           @Schema(description = "Working days from the decision, 0 on the day") Integer workingDays) {
    }
}
