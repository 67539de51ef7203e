package uk.gov.safeguarding.kpi.domain.calculations;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;

/** Contact facts for the calculation tests, with times written as London wall-clock times. */
final class ContactFacts {

    private ContactFacts() {
    }

    static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LondonTime.ZONE).toInstant();
    }

    static ContactFact received(String at, String source, int children, int repeatChildren) {
        return new ContactFact(UUID.randomUUID(), "E06000015", source, london(at), children, repeatChildren, null,
                null, false, null);
    }

    static ContactFact decided(String receivedAt, String decidedAt, String outcome, boolean progressed,
                               String informedAt) {
        return new ContactFact(UUID.randomUUID(), "E06000015", "2A", london(receivedAt), 1, 0, london(decidedAt),
                outcome, progressed, informedAt == null ? null : london(informedAt));
    }
}
