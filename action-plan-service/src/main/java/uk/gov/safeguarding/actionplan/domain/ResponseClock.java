package uk.gov.safeguarding.actionplan.domain;

import java.time.LocalDate;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * How long after a report is published its response is due: a number of working days (an Ofsted action plan,
 * 70; after a focused visit with priority actions, 20) or of calendar months (a scrutiny review's executive
 * response, 2). None for sources with no statutory clock.
 */
public record ResponseClock(Integer workingDays, Integer months) {

    public static final ResponseClock NONE = new ResponseClock(null, null);

    public ResponseClock {
        if (workingDays != null && months != null) {
            throw new ActionPlanRefused("responseClock", "is working days or months, not both");
        }
        if ((workingDays != null && (workingDays < 1 || workingDays > 1000)) || (months != null && (months < 1 || months > 60))) {
            throw new ActionPlanRefused("responseClock", "must be 1 to 1000 working days or 1 to 60 months");
        }
    }

    public static ResponseClock workingDays(int days) {
        return new ResponseClock(days, null);
    }

    public static ResponseClock months(int months) {
        return new ResponseClock(null, months);
    }

    /**
     * The day the response is due: the n-th working day after publication (publication day not counted), or the
     * same day n months on (the month's last day when it has no such day).
     */
    public LocalDate due(LocalDate published, WorkingDayCalendar calendar) {
        if (workingDays != null) {
            return calendar.plusWorkingDays(published, workingDays);
        }
        if (months != null) {
            return published.plusMonths(months);
        }
        return null;
    }
}
