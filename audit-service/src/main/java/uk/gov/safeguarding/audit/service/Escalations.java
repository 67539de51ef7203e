package uk.gov.safeguarding.audit.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.audit.domain.audit.Escalation;
import uk.gov.safeguarding.audit.repository.EscalationRow;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.calendar.WorkingDays;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kernel.Topics;

/**
 * Safeguarding escalations (the transaction around the domain's {@link Escalation}): raised and published at
 * once, acknowledged by a manager, and published again, once, when not acknowledged in time.
 */
@ApplicationScoped
public class Escalations {

    private final Outbox outbox;
    private final ActivityLog activityLog;
    private final Actor actor;
    private final WorkingDays workingDays;

    public Escalations(Outbox outbox, ActivityLog activityLog, Actor actor, WorkingDays workingDays) {
        this.outbox = outbox;
        this.activityLog = activityLog;
        this.actor = actor;
        this.workingDays = workingDays;
    }

    public record NewEscalation(String localAuthority, UUID auditId, String childRef, String concern) {
    }

    @Transactional
    public EscalationRow raise(NewEscalation request) {
        Escalation escalation = Escalation.raise(actor.id(), Instant.now(), workingDays.calendar(), LondonTime.ZONE);
        EscalationRow row = new EscalationRow();
        row.id = uk.gov.safeguarding.chassis.events.TimeOrderedIds.next();
        row.localAuthority = request.localAuthority();
        row.auditId = request.auditId();
        row.childRef = request.childRef();
        row.concern = request.concern();
        row.raisedBy = escalation.raisedBy();
        row.raisedAt = escalation.raisedAt();
        row.dueBy = escalation.dueBy();
        row.persist();
        publish(row, "escalation-raised");
        activityLog.recordSuccess(row.id.toString(), List.of(row.childRef));
        return row;
    }

    @Transactional
    public EscalationRow acknowledge(UUID id, String note) {
        EscalationRow row = EscalationRow.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new RequestRefused(RequestRefused.Kind.NOT_FOUND, "id", "no escalation " + id);
        }
        Escalation acknowledged = domain(row).acknowledge(actor.id(), Instant.now());
        row.acknowledgedBy = acknowledged.acknowledgedBy();
        row.acknowledgedAt = acknowledged.acknowledgedAt();
        row.acknowledgement = note;
        publish(row, "escalation-acknowledged");
        activityLog.recordSuccess(row.id.toString(), List.of(row.childRef));
        return row;
    }

    @Transactional
    public EscalationRow get(UUID id) {
        EscalationRow row = EscalationRow.findById(id);
        if (row == null) {
            throw new RequestRefused(RequestRefused.Kind.NOT_FOUND, "id", "no escalation " + id);
        }
        activityLog.concerning(id.toString(), List.of(row.childRef));
        return row;
    }

    public record Found(List<EscalationRow> escalations, long total) {
    }

    /** Newest first; {@code openOnly} leaves out the acknowledged, {@code overdueOnly} keeps the open ones past due. */
    @Transactional
    public Found list(String localAuthority, boolean openOnly, boolean overdueOnly, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        if (localAuthority != null) {
            where.append(" and localAuthority = :council");
            values.put("council", localAuthority);
        }
        if (openOnly || overdueOnly) {
            where.append(" and acknowledgedAt is null");
        }
        if (overdueOnly) {
            where.append(" and dueBy <= :now");
            values.put("now", Instant.now());
        }
        var query = EscalationRow.<EscalationRow>find(where + " order by raisedAt desc, id desc", values);
        List<EscalationRow> rows = query.page(page, size).list();
        activityLog.concerning(null, rows.stream().map(r -> r.childRef).toList());
        return new Found(rows, query.count());
    }

    @Scheduled(every = "${suite.audit.escalations.check-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void checkOverdue() {
        overdue();
    }

    /** Publishes each escalation that has gone past due unacknowledged, once; returns how many it looked at. */
    @Transactional
    public int announceOverdue() {
        return overdue();
    }

    private int overdue() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<EscalationRow> due = EscalationRow.getEntityManager().createNativeQuery("""
                        SELECT * FROM escalation WHERE acknowledged_at IS NULL AND overdue_announced_at IS NULL AND due_by <= ?1
                         ORDER BY due_by LIMIT 500 FOR UPDATE SKIP LOCKED""", EscalationRow.class)
                .setParameter(1, now).getResultList();
        for (EscalationRow row : due) {
            if (domain(row).overdueToAnnounce(now)) {
                row.overdueAnnouncedAt = now;
                publish(row, "escalation-overdue");
            }
        }
        return due.size();
    }

    private void publish(EscalationRow row, String event) {
        outbox.publish(Topics.AUDITS, "escalation", row.id.toString(), event.substring("escalation-".length()),
                new EscalationEvent(row.id, row.localAuthority, row.auditId, row.childRef, row.raisedBy, row.raisedAt,
                        row.dueBy, row.acknowledgedBy, row.acknowledgedAt));
    }

    /** OPEN, OVERDUE or ACKNOWLEDGED now, by the domain's rule. */
    public static String status(EscalationRow row) {
        return domain(row).status(Instant.now()).name();
    }

    private static Escalation domain(EscalationRow row) {
        return new Escalation(row.raisedBy, row.raisedAt, row.dueBy, row.acknowledgedBy, row.acknowledgedAt,
                row.overdueAnnouncedAt != null);
    }
}
