package uk.gov.safeguarding.kpi.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Councils count by their local date: a contact at 00:30 BST on 1 April belongs to April. */
public final class LondonTime {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private LondonTime() {
    }

    public static LocalDate date(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    public static YearMonth month(Instant instant) {
        return YearMonth.from(instant.atZone(LONDON));
    }
}
