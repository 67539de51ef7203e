package uk.gov.safeguarding.kpi.domain.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * One practice record as sent by a case-management system, identified by the sender's id within its
 * council and kind. Which fields a kind uses is in {@link RecordKind}; the rest stay null. Dates are
 * the council's local dates. Child and worker are pseudonymous references, never names.
 */
public record PracticeRecord(
        RecordKind kind,
        String recordId,
        String localAuthority,
        String childRef,
        String team,
        String worker,
        LocalDate referralDate,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate authorisedDate,
        LocalDate date,
        LocalDate strategyDiscussionDate,
        LocalDate icpcDate,
        Boolean icpcNotRequired,
        String source,
        Boolean nfa,
        List<String> categories,
        Integer previousPlans,
        Boolean seenAlone,
        String placementType,
        LocalDate placementStartDate) {

    /** An episode (plan, period of care, allocation) open at the end of the given day. */
    public boolean openAt(LocalDate day) {
        return startDate != null && !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
    }

    /** Every date on the record, for working out which months a change to it touches. */
    public Stream<LocalDate> dates() {
        return Stream.of(referralDate, startDate, endDate, authorisedDate, date, strategyDiscussionDate, icpcDate,
                placementStartDate).filter(java.util.Objects::nonNull);
    }
}
