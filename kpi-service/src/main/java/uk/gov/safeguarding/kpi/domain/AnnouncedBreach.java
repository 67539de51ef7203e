package uk.gov.safeguarding.kpi.domain;

import java.time.YearMonth;

/** A threshold breach that was announced and not withdrawn: its run of red months as last seen. */
public record AnnouncedBreach(YearMonth runStart, YearMonth breachedIn, YearMonth runEnd) {

    public boolean overlaps(RedRun run) {
        return !run.end().isBefore(runStart) && !run.start().isAfter(runEnd);
    }
}
