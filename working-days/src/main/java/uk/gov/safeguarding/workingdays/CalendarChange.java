package uk.gov.safeguarding.workingdays;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A one-off departure from the bank holiday rules, proclaimed for a single year
 * (a jubilee, a coronation, a state funeral, a moved early May holiday).
 * Kept as data so an administrator can add the next one without a release.
 */
public record CalendarChange(LocalDate date, Kind kind, String reason) {

    public enum Kind {
        /** An extra bank holiday on this date. */
        ADDED,
        /** The rule-based bank holiday on this date does not happen this year. */
        REMOVED
    }

    public CalendarChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    public static CalendarChange added(LocalDate date, String reason) {
        return new CalendarChange(date, Kind.ADDED, reason);
    }

    public static CalendarChange removed(LocalDate date, String reason) {
        return new CalendarChange(date, Kind.REMOVED, reason);
    }
}
