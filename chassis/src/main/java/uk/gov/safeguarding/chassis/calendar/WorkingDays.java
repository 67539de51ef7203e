package uk.gov.safeguarding.chassis.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * The working-day calendar built from this service's {@code calendar_change} table. Cached, and read
 * again after a change here or after the refresh interval, so a change made by an administrator on
 * another replica is seen within that interval.
 */
@ApplicationScoped
public class WorkingDays {

    private final Duration refreshInterval;
    private volatile WorkingDayCalendar calendar;
    private volatile Instant loadedAt = Instant.EPOCH;

    public WorkingDays(@ConfigProperty(name = "suite.calendar.refresh", defaultValue = "PT10M") Duration refreshInterval) {
        this.refreshInterval = refreshInterval;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDayCalendar calendar() {
        WorkingDayCalendar current = calendar;
        if (current == null || Instant.now().isAfter(loadedAt.plus(refreshInterval))) {
            current = WorkingDayCalendar.englandAndWales(CalendarChangeRow.<CalendarChangeRow>listAll()
                    .stream().map(CalendarChangeRow::toChange).toList());
            calendar = current;
            loadedAt = Instant.now();
        }
        return current;
    }

    public void invalidate() {
        calendar = null;
    }
}
