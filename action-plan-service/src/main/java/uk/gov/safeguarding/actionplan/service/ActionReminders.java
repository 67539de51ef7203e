package uk.gov.safeguarding.actionplan.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.actionplan.domain.Reminders;
import uk.gov.safeguarding.actionplan.repository.ActionRow;
import uk.gov.safeguarding.chassis.calendar.WorkingDays;
import uk.gov.safeguarding.kernel.LondonTime;

/**
 * The scheduled check (the transaction around {@link Reminders}): publishes due-soon, overdue and escalated once
 * per action and due date. Open actions near or past their date are taken a batch at a time, locked with SKIP
 * LOCKED so replicas share the work.
 */
@ApplicationScoped
public class ActionReminders {

    private static final int BATCH = 1000;

    private final Actions actions;
    private final WorkingDays workingDays;
    private final Reminders reminders;

    public ActionReminders(Actions actions, WorkingDays workingDays,
                           @ConfigProperty(name = "suite.actions.due-soon-within-working-days", defaultValue = "5") int soon,
                           @ConfigProperty(name = "suite.actions.escalate-after-working-days", defaultValue = "10")
                           int escalateAfter) {
        this.actions = actions;
        this.workingDays = workingDays;
        this.reminders = new Reminders(soon, escalateAfter);
    }

    @Scheduled(every = "${suite.actions.reminders-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void periodically() {
        check();
    }

    /** Publishes what is due today; returns how many announcements it made. */
    @Transactional
    public int check() {
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        // a window wide enough for any "due soon": calendar days, at most the working days plus weekends and holidays
        LocalDate horizon = today.plusDays(reminders.dueSoonWithinWorkingDays() * 2L + 14);
        @SuppressWarnings("unchecked")
        List<ActionRow> candidates = ActionRow.getEntityManager().createNativeQuery("""
                        SELECT * FROM action
                         WHERE status NOT IN ('COMPLETE', 'VERIFIED', 'CANCELLED') AND due_date <= ?1
                           AND (due_soon_said_for IS DISTINCT FROM due_date OR overdue_said_for IS DISTINCT FROM due_date
                                OR (approved_by_board IS NOT NULL AND escalated_for IS DISTINCT FROM due_date))
                         ORDER BY due_date LIMIT ?2 FOR UPDATE SKIP LOCKED""", ActionRow.class)
                .setParameter(1, horizon).setParameter(2, BATCH).getResultList();
        int said = 0;
        for (ActionRow row : candidates) {
            for (Reminders.Kind kind : reminders.due(row.status, row.dueDate, new Reminders.Said(row.dueSoonSaidFor,
                    row.overdueSaidFor, row.escalatedFor), row.approvedByBoard != null, today, workingDays.calendar())) {
                switch (kind) {
                    case DUE_SOON -> row.dueSoonSaidFor = row.dueDate;
                    case OVERDUE -> row.overdueSaidFor = row.dueDate;
                    case ESCALATED -> row.escalatedFor = row.dueDate;
                }
                actions.announce(row, kind == Reminders.Kind.DUE_SOON ? "due-soon" : kind == Reminders.Kind.OVERDUE
                        ? "overdue" : "escalated");
                said++;
            }
        }
        return said;
    }
}
