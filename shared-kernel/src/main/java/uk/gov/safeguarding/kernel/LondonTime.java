package uk.gov.safeguarding.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Councils in England count days and months in London time, whatever the server's zone. */
public final class LondonTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonTime() {
    }

    public static LocalDate date(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static YearMonth month(Instant instant) {
        return YearMonth.from(instant.atZone(ZONE));
    }

    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
