package uk.gov.safeguarding.audit.domain.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * A safeguarding escalation: an auditor who finds a child at risk now flags it at once. It stays open until a
 * manager acknowledges it, and is overdue if not acknowledged by the end of the next working day after it was
 * raised, in the council's time (raised on a Friday or a Saturday: by the end of Monday, or of Tuesday when that
 * Monday is a bank holiday). Overdue is announced once.
 */
public record Escalation(String raisedBy, Instant raisedAt, Instant dueBy, String acknowledgedBy, Instant acknowledgedAt,
                         boolean overdueAnnounced) {

    public static Escalation raise(String auditor, Instant at, WorkingDayCalendar calendar, ZoneId zone) {
        LocalDate raised = at.atZone(zone).toLocalDate();
        LocalDate nextWorkingDay = calendar.onOrAfter(raised.plusDays(1));
        // the end of that day is the start of the day after it
        return new Escalation(auditor, at, nextWorkingDay.plusDays(1).atStartOfDay(zone).toInstant(), null, null, false);
    }

    /** Where it stands at {@code now}: open, overdue (open past its due time) or acknowledged. */
    public enum Status { OPEN, OVERDUE, ACKNOWLEDGED }

    public Status status(Instant now) {
        return !open() ? Status.ACKNOWLEDGED : overdue(now) ? Status.OVERDUE : Status.OPEN;
    }

    public boolean open() {
        return acknowledgedAt == null;
    }

    public boolean overdue(Instant now) {
        return open() && !now.isBefore(dueBy);
    }

    /** @throws AuditRefused when it is acknowledged already, or by the auditor who raised it */
    public Escalation acknowledge(String manager, Instant at) {
        if (!open()) {
            throw AuditRefused.wrongState("the escalation was acknowledged already, by " + acknowledgedBy);
        }
        if (Objects.equals(manager, raisedBy)) {
            throw AuditRefused.wrongState("an escalation is acknowledged by a manager, not the auditor who raised it");
        }
        return new Escalation(raisedBy, raisedAt, dueBy, manager, at, overdueAnnounced);
    }

    /** Whether the overdue announcement is due now (once only). */
    public boolean overdueToAnnounce(Instant now) {
        return overdue(now) && !overdueAnnounced;
    }

    public Escalation withOverdueAnnounced() {
        return new Escalation(raisedBy, raisedAt, dueBy, acknowledgedBy, acknowledgedAt, true);
    }
}
