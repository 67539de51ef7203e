package uk.gov.safeguarding.contacts.rest;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.contacts.domain.FeedbackMethod;

@Schema(name = "ReferrerFeedback", description = "The referrer was told the outcome")
public record FeedbackRequest(
        @NotNull @Schema(examples = "EMAIL") FeedbackMethod method,
        @Schema(description = "When the referrer was told; now if left out", examples = "2021-03-02T10:00:00Z")
        Instant informedAt) {
}
