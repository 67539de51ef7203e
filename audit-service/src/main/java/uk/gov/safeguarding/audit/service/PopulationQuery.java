package uk.gov.safeguarding.audit.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A population as a filter over another service's records: contacts in contacts-service, or practice records
 * in kpi-service. Each field is that service's own search parameter, except {@code childUnderMonths}, which
 * keeps the children of the contacts found who were under that age (in months) when the contact came in.
 * Stored with the sample as it was asked (null fields left out).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PopulationQuery(Source source,
                              LocalDate receivedFrom, LocalDate receivedTo, String contactSource, String outcome,
                              Integer minEarlierContacts, Integer childUnderMonths,
                              String kind, String team, LocalDate startFrom, LocalDate startTo, Boolean openOnly,
                              Integer minDays, Integer minWorkingDays) {

    public enum Source { CONTACTS, PRACTICE_RECORDS }
}
