package uk.gov.safeguarding.contacts.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.contacts.domain.ContactOutcome;

@Schema(name = "Screening", description = "A practitioner's screening of a contact")
public record ScreeningRequest(
        @NotNull @Schema(examples = "CIN_REFERRAL") ContactOutcome recommendedOutcome,
        @NotNull @Min(1) @Max(4) @Schema(description = "Level of need, 1 (universal) to 4 (specialist)", examples = "3")
        Integer thresholdLevel,
        @NotBlank @Size(max = 2000) @Schema(examples = "Disclosure at school; threshold for assessment met.")
        String rationale,
        @Schema(description = "When screening finished; now if left out", examples = "2021-03-01T11:00:00Z")
        Instant screenedAt) {
}
