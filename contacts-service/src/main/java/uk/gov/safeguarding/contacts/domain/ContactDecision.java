package uk.gov.safeguarding.contacts.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * The rules of deciding a contact: which step may follow which, who may authorise, and whether the
 * decision and the feedback to the referrer were in timescale.
 *
 * <p>Timescale: a decision is due by the end of the working day after the day of receipt (a contact
 * received at a weekend or on a bank holiday starts its clock on the next working day). So the
 * decision is in timescale when at most {@value #DECISION_TIMESCALE_WORKING_DAYS} working day has
 * passed since receipt, counting in Europe/London dates.
 */
public final class ContactDecision {

    public static final ZoneId LONDON = LondonTime.ZONE;
    public static final int DECISION_TIMESCALE_WORKING_DAYS = 1;

    private ContactDecision() {
    }

    public static void requireStatus(ContactStatus current, ContactStatus needed, String step) {
        if (current != needed) {
            throw new ContactTransitionRefused(ContactTransitionRefused.Reason.WRONG_STATE, "status",
                    "Cannot " + step + " a contact that is " + current + "; it must be " + needed);
        }
    }

    /** The manager who authorises a decision must not be the practitioner who screened the contact. */
    public static void requireSeparationOfDuties(String screenedBy, String authoriser) {
        if (screenedBy != null && screenedBy.equals(authoriser)) {
            throw new ContactTransitionRefused(ContactTransitionRefused.Reason.RULE, "decidedBy",
                    "The manager who authorises a decision must not be the practitioner who screened the contact");
        }
    }

    public static void requireNotBefore(Instant earlier, Instant later, String field, String what) {
        if (later.isBefore(earlier)) {
            throw new ContactTransitionRefused(ContactTransitionRefused.Reason.RULE, field,
                    what + " cannot be before " + earlier);
        }
    }

    public static LocalDate londonDate(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    /** The instant after which an undecided contact is overdue: midnight ending its due working day. */
    public static Instant decisionDueAt(WorkingDayCalendar calendar, Instant receivedAt) {
        LocalDate dueDay = calendar.plusWorkingDays(londonDate(receivedAt), DECISION_TIMESCALE_WORKING_DAYS);
        return dueDay.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    /** Working days from receipt to the decision, 0 when decided on the day of receipt. */
    public static int decisionWorkingDays(WorkingDayCalendar calendar, Instant receivedAt, Instant decidedAt) {
        return Math.max(0, calendar.workingDaysAfter(londonDate(receivedAt), londonDate(decidedAt)));
    }

    public static boolean decisionInTimescale(int decisionWorkingDays) {
        return decisionWorkingDays <= DECISION_TIMESCALE_WORKING_DAYS;
    }

    /** Working days from the decision to telling the referrer, 0 on the same day. */
    public static int feedbackWorkingDays(WorkingDayCalendar calendar, Instant decidedAt, Instant informedAt) {
        return Math.max(0, calendar.workingDaysAfter(londonDate(decidedAt), londonDate(informedAt)));
    }
}
