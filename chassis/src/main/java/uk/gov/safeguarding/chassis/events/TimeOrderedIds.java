package uk.gov.safeguarding.chassis.events;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): millisecond time first, then randomness. Ids made one after another
 * sort roughly by time, which keeps primary-key indexes compact under heavy inserts.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long randomA = RANDOM.nextLong();
        long randomB = RANDOM.nextLong();
        long high = (millis << 16) | 0x7000L | (randomA & 0x0FFFL);
        long low = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
