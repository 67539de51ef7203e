package uk.gov.safeguarding.contacts.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.contacts.domain.Channel;

/**
 * A contact to record, as the API and batch intake hand it to the service. Its field rules are the ones the
 * API documents on {@code RecordContactRequest}; {@code CommandConstraintsTest} keeps the two the same, so a
 * batch row is accepted exactly when the API would accept it.
 */
public record NewContact(
        @NotNull @CouncilCode String localAuthority,
        @Size(max = 64)
        @Pattern(regexp = "^[A-Za-z0-9._:/-]{1,64}$", message = "must be 1 to 64 letters, digits or . _ : / -")
        String senderRef,
        @NotNull Instant receivedAt,
        @NotNull String source,
        @NotNull Channel channel,
        @Size(max = 100) String referrerOrganisation,
        @Size(max = 100) String referrerRole,
        @NotEmpty(message = "must name at least one child")
        @Size(max = 20, message = "must name at most 20 children")
        List<@Valid NewChild> children,
        @Size(max = 30) List<String> concernCodes,
        @Size(max = 500, message = "must be at most 500 characters") String summary) {

    /** The same contact, naming its council by the code the suite stores. */
    public NewContact inCanonicalCouncil() {
        String council = CouncilCodes.canonicalOrSame(localAuthority);
        if (council == null || council.equals(localAuthority)) {
            return this;
        }
        return new NewContact(council, senderRef, receivedAt, source, channel, referrerOrganisation, referrerRole,
                children, concernCodes, summary);
    }
}
