package uk.gov.safeguarding.actionplan.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.actionplan.domain.Reminders;
import uk.gov.safeguarding.actionplan.repository.ActionRow;
import uk.gov.safeguarding.chassis.calendar.WorkingDays;
import uk.gov.safeguarding.kernel.LondonTime;

/**
 * The scheduled check (the transaction around {@link Reminders}): publishes due-soon, overdue and escalated once
 * per action and due date. It walks the open actions with something left to say, soonest due first, a batch at a
 * time in transactions of their own, locked with SKIP LOCKED so replicas share the work. It walks on from where
 * each batch ended rather than starting again, so actions with nothing to say yet (overdue, not yet for
 * escalation) never crowd out those behind them.
 */
@ApplicationScoped
public class ActionReminders {

    static final int BATCH = 1000;
    private static final UUID FIRST = new UUID(0, 0);

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
    void periodically() {
        check();
    }

    /** What one check did: the actions it looked at, the announcements it made, and how long it took. */
    public record Check(int examined, int announced, Duration took) {
    }

    /** Publishes what is due today. */
    public Check check() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        int examined = 0;
        int announced = 0;
        Batch batch = new Batch(0, 0, LocalDate.of(1900, 1, 1), FIRST);
        do {
            Batch from = batch;
            batch = QuarkusTransaction.requiringNew().call(() -> batch(today, from.lastDue(), from.lastId()));
            examined += batch.examined();
            announced += batch.announced();
        } while (batch.examined() == BATCH);
        return new Check(examined, announced, Duration.ofNanos(System.nanoTime() - started));
    }

    private record Batch(int examined, int announced, LocalDate lastDue, UUID lastId) {
    }

    private Batch batch(LocalDate today, LocalDate afterDue, UUID afterId) {
        // a window wide enough for any "due soon": calendar days, at most the working days plus weekends and holidays
        LocalDate horizon = today.plusDays(reminders.dueSoonWithinWorkingDays() * 2L + 14);
        // N working days past the due date are at least N calendar days past it: a superset the rules narrow
        LocalDate escalatable = today.minusDays(reminders.escalateAfterWorkingDays());
        @SuppressWarnings("unchecked")
        List<ActionRow> candidates = ActionRow.getEntityManager().createNativeQuery("""
                        SELECT * FROM action
                         WHERE status NOT IN ('COMPLETE', 'VERIFIED', 'CANCELLED') AND due_date <= :horizon
                           AND ((due_date < :today AND (overdue_said_for IS DISTINCT FROM due_date
                                   OR (approved_by_board IS NOT NULL AND escalated_for IS DISTINCT FROM due_date
                                       AND due_date <= :escalatable)))
                             OR (due_date >= :today AND due_soon_said_for IS DISTINCT FROM due_date
                                 AND overdue_said_for IS DISTINCT FROM due_date))
                           AND (due_date, id) > (:afterDue, :afterId)
                         ORDER BY due_date, id LIMIT :batch FOR UPDATE SKIP LOCKED""", ActionRow.class)
                .setParameter("horizon", Date.valueOf(horizon)).setParameter("today", Date.valueOf(today))
                .setParameter("escalatable", Date.valueOf(escalatable)).setParameter("afterDue", Date.valueOf(afterDue))
                .setParameter("afterId", afterId).setParameter("batch", BATCH).getResultList();
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
        if (candidates.isEmpty()) {
            return new Batch(0, 0, afterDue, afterId);
        }
        ActionRow last = candidates.get(candidates.size() - 1);
        return new Batch(candidates.size(), said, last.dueDate, last.id);
    }
}
