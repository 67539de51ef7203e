package uk.gov.safeguarding.kpi.domain;

import java.time.YearMonth;

/**
 * A threshold breach that was announced and not withdrawn. {@code runStart} and {@code breachedIn} are as
 * announced (they identify it to consumers); the first and last red months are its run as last seen.
 */
public record AnnouncedBreach(YearMonth runStart, YearMonth breachedIn, YearMonth firstRedMonth,
                              YearMonth lastRedMonth) {

    public boolean overlaps(RedRun run) {
        return !run.end().isBefore(firstRedMonth) && !run.start().isAfter(lastRedMonth);
    }

    public RedRun lastSeen() {
        return new RedRun(firstRedMonth, lastRedMonth);
    }
}
