package uk.gov.safeguarding.contacts.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.contacts.domain.Channel;

/** The API's form of a new contact; its field rules must stay those of the service's {@code NewContact}. */
@Schema(name = "RecordContact", description = "A contact received by the front door")
public record RecordContactRequest(
        @NotNull
        @CouncilCode
        @Schema(examples = "E06000015")
        String localAuthority,
        @Size(max = 64)
        @Pattern(regexp = "^[A-Za-z0-9._:/-]{1,64}$", message = "must be 1 to 64 letters, digits or . _ : / -")
        @Schema(description = "The sending system's own id for this contact; sending it again returns the stored contact",
                examples = "LL-CON-000123")
        String senderRef,
        @NotNull
        @Schema(description = "When the front door received the contact (ISO-8601 instant)", examples = "2021-03-01T09:15:00Z")
        Instant receivedAt,
        @NotNull
        @Schema(description = "CIN census source code, or Annex A's lettered form", examples = "2A")
        String source,
        @NotNull
        @Schema(examples = "PHONE")
        Channel channel,
        @Size(max = 100)
        @Schema(description = "The referring organisation (no personal names)", examples = "Primary school")
        String referrerOrganisation,
        @Size(max = 100)
        @Schema(description = "The referrer's role (no personal names)", examples = "Designated safeguarding lead")
        String referrerRole,
        @NotEmpty(message = "must name at least one child")
        @Size(max = 20, message = "must name at most 20 children")
        List<@Valid ChildRequest> children,
        @Size(max = 30)
        @Schema(description = "Assessment factor codes of the concerns raised", examples = "[\"3A\", \"4B\"]")
        List<String> concernCodes,
        @Size(max = 500, message = "must be at most 500 characters")
        @Schema(description = "Short practice summary; stays in this service, never in an event. No names or addresses.")
        String summary) {
}
