package uk.gov.safeguarding.kpi.domain.facts;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import uk.gov.safeguarding.kernel.LondonTime;

/**
 * What kpi-service keeps of a contact: the facts contacts-service publishes, with the children counted
 * rather than named. Counts are per child per contact (Annex A List 1 convention).
 */
public record ContactFact(
        UUID contactId,
        String localAuthority,
        String source,
        Instant receivedAt,
        int children,
        int repeatChildren,
        Instant decidedAt,
        String outcome,
        boolean progressed,
        Instant referrerInformedAt) {

    public YearMonth receivedMonth() {
        return LondonTime.month(receivedAt);
    }

    /** Null while undecided. */
    public YearMonth decidedMonth() {
        return decidedAt == null ? null : LondonTime.month(decidedAt);
    }

    public boolean decidedIn(YearMonth month) {
        return decidedAt != null && month.equals(decidedMonth());
    }

    public boolean receivedIn(YearMonth month) {
        return month.equals(receivedMonth());
    }
}
