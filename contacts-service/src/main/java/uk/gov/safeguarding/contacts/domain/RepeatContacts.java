package uk.gov.safeguarding.contacts.domain;

import java.time.Instant;
import java.util.Collection;

/**
 * A repeat contact is one about a child who had at least one contact in the 12 months before it.
 * The window is counted in calendar months on the London clock: [received - 12 months, received).
 */
public final class RepeatContacts {

    private RepeatContacts() {
    }

    public static Instant windowStart(Instant receivedAt) {
        return receivedAt.atZone(ContactDecision.LONDON).minusMonths(12).toInstant();
    }

    /** How many of {@code earlierReceipts} fall in the 12 months before {@code receivedAt}. */
    public static int earlierContacts(Collection<Instant> earlierReceipts, Instant receivedAt) {
        Instant from = windowStart(receivedAt);
        int count = 0;
        for (Instant other : earlierReceipts) {
            if (!other.isBefore(from) && other.isBefore(receivedAt)) {
                count++;
            }
        }
        return count;
    }
}
