package uk.gov.safeguarding.contacts.repository;

import java.time.LocalDate;
import uk.gov.safeguarding.contacts.domain.ContactOutcome;
import uk.gov.safeguarding.contacts.domain.ContactSource;
import uk.gov.safeguarding.contacts.domain.ContactStatus;

/** What a caller may filter contacts by; every part optional. Dates are Europe/London dates, inclusive. */
public record ContactQuery(
        String localAuthority,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        ContactStatus status,
        ContactSource source,
        ContactOutcome outcome,
        String childRef,
        Integer minEarlierContacts,
        Boolean overdue,
        ContactSort sort) {
}
