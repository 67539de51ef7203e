package uk.gov.safeguarding.actionplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * What is due to be said of an open action today, each at most once per due date (never daily repeats, as
 * Pentana's users ask): due soon (within {@code dueSoonWithinWorkingDays} working days), overdue (past its due
 * day), and escalated to the board that approved it once overdue {@code escalateAfterWorkingDays} working days. A
 * revised due date starts each afresh.
 */
public record Reminders(int dueSoonWithinWorkingDays, int escalateAfterWorkingDays) {

    public static final Reminders DEFAULT = new Reminders(5, 10);

    public enum Kind { DUE_SOON, OVERDUE, ESCALATED }

    /** The due dates each announcement was last made for (null: never). */
    public record Said(LocalDate dueSoonFor, LocalDate overdueFor, LocalDate escalatedFor) {
    }

    public Reminders {
        if (dueSoonWithinWorkingDays < 0 || dueSoonWithinWorkingDays > 250 || escalateAfterWorkingDays < 1
                || escalateAfterWorkingDays > 250) {
            throw new ActionPlanRefused("reminders", "due soon within 0 to 250 working days, escalation after 1 to 250");
        }
    }

    public List<Kind> due(ActionStatus status, LocalDate dueDate, Said said, boolean hasBoard, LocalDate today,
                          WorkingDayCalendar calendar) {
        List<Kind> due = new ArrayList<>();
        if (status.isClosed()) {
            return due;
        }
        if (today.isAfter(dueDate)) {
            if (!Objects.equals(said.overdueFor(), dueDate)) {
                due.add(Kind.OVERDUE);
            }
            if (hasBoard && !Objects.equals(said.escalatedFor(), dueDate)
                    && calendar.workingDaysAfter(dueDate, today) >= escalateAfterWorkingDays) {
                due.add(Kind.ESCALATED);
            }
        } else if (!Objects.equals(said.dueSoonFor(), dueDate) && !Objects.equals(said.overdueFor(), dueDate)
                && calendar.workingDaysAfter(today, dueDate) <= dueSoonWithinWorkingDays) {
            due.add(Kind.DUE_SOON);
        }
        return due;
    }
}
