package uk.gov.safeguarding.actionplan.domain;

import java.time.LocalDate;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * The council's RAG rules for actions, computed (the owner's own judgement is shown beside it, never in place of
 * it): overdue is red; due within {@code amberWithinWorkingDays} working days and not started is amber; blocked
 * is amber when {@code blockedIsAmber}; complete and verified are blue; otherwise green.
 */
public record RagRules(int amberWithinWorkingDays, boolean blockedIsAmber) {

    public static final RagRules DEFAULT = new RagRules(10, true);

    public RagRules {
        if (amberWithinWorkingDays < 0 || amberWithinWorkingDays > 250) {
            throw new ActionPlanRefused("amberWithinWorkingDays", "must be 0 to 250");
        }
    }

    /** The RAG of an action on {@code today}; null for a cancelled one. */
    public Rag of(ActionStatus status, LocalDate due, LocalDate today, WorkingDayCalendar calendar) {
        if (status == ActionStatus.CANCELLED) {
            return null;
        }
        if (status == ActionStatus.COMPLETE || status == ActionStatus.VERIFIED) {
            return Rag.BLUE;
        }
        if (today.isAfter(due)) {
            return Rag.RED;
        }
        if (status == ActionStatus.BLOCKED && blockedIsAmber) {
            return Rag.AMBER;
        }
        if (status == ActionStatus.NOT_STARTED && calendar.workingDaysAfter(today, due) <= amberWithinWorkingDays) {
            return Rag.AMBER;
        }
        return Rag.GREEN;
    }
}
