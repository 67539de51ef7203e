package uk.gov.safeguarding.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.gov.safeguarding.audit.domain.audit.AuditRefused;
import uk.gov.safeguarding.audit.domain.audit.AuditStatus;
import uk.gov.safeguarding.audit.domain.audit.AuditType;
import uk.gov.safeguarding.audit.domain.audit.CaseAudit;
import uk.gov.safeguarding.audit.repository.AuditRow;
import uk.gov.safeguarding.audit.repository.AuditToolRow;
import uk.gov.safeguarding.audit.repository.CaseAuditRow;
import uk.gov.safeguarding.audit.repository.SampleStore;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.chassis.events.TimeOrderedIds;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kernel.Topics;

/**
 * Audits from plan to completion (the transaction around {@link AuditStatus}): each step's event and activity
 * entry commit with it.
 */
@ApplicationScoped
public class Audits {

    private final AuditTools tools;
    private final SampleStore samples;
    private final Outbox outbox;
    private final ActivityLog activityLog;
    private final Actor actor;

    public Audits(AuditTools tools, SampleStore samples, Outbox outbox, ActivityLog activityLog, Actor actor) {
        this.tools = tools;
        this.samples = samples;
        this.outbox = outbox;
        this.activityLog = activityLog;
        this.actor = actor;
    }

    public record NewAudit(String localAuthority, AuditType type, Set<AuditType.Method> methods, String theme,
                           String scope, List<String> teams, String leadAuditor, String toolKey, Integer toolVersion,
                           LocalDate plannedStart, LocalDate plannedEnd) {
    }

    @Transactional
    public AuditRow plan(NewAudit request) {
        request.type().checkMethods(request.methods());
        if (request.plannedStart() != null && request.plannedEnd() != null
                && request.plannedEnd().isBefore(request.plannedStart())) {
            throw new AuditRefused("plannedEnd", "is before plannedStart");
        }
        AuditToolRow tool;
        try {
            tool = tools.version(request.toolKey() == null ? "case-file-audit" : request.toolKey(), request.toolVersion());
        } catch (RequestRefused notFound) {
            throw new AuditRefused("tool", notFound.getMessage());
        }
        AuditRow row = new AuditRow();
        row.id = TimeOrderedIds.next();
        row.localAuthority = request.localAuthority();
        row.type = request.type();
        row.methods = request.methods().stream().sorted().map(Enum::name).toArray(String[]::new);
        row.theme = request.theme();
        row.scope = request.scope();
        row.teams = request.teams().toArray(String[]::new);
        row.leadAuditor = request.leadAuditor() == null ? actor.id() : request.leadAuditor();
        row.toolId = tool.id;
        row.plannedStart = request.plannedStart();
        row.plannedEnd = request.plannedEnd();
        row.status = AuditStatus.PLANNED;
        row.createdBy = actor.id();
        row.createdAt = Instant.now();
        row.updatedAt = row.createdAt;
        row.persist();
        publish(row, tool, "created", null);
        activityLog.recordSuccess(row.id.toString());
        return row;
    }

    /** Moves the audit on; the first step into progress is its actual start, completion its actual end. */
    @Transactional
    public AuditRow move(UUID id, AuditStatus next, String reason) {
        AuditRow row = locked(id);
        long drafts = CaseAuditRow.count("auditId = ?1 and status = ?2", id, CaseAudit.Status.DRAFT);
        long submitted = CaseAuditRow.count("auditId = ?1 and status = ?2", id, CaseAudit.Status.SUBMITTED);
        row.status = row.status.moveTo(next, reason, row.type, drafts, submitted);
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        if (next == AuditStatus.IN_PROGRESS && row.actualStart == null) {
            row.actualStart = today;
        }
        if (next == AuditStatus.COMPLETED) {
            row.actualEnd = today;
        }
        if (next == AuditStatus.CANCELLED) {
            row.cancelReason = reason.trim();
        }
        row.updatedAt = Instant.now();
        if (next == AuditStatus.COMPLETED || next == AuditStatus.CANCELLED) {
            publish(row, AuditToolRow.findById(row.toolId), next == AuditStatus.COMPLETED ? "completed" : "cancelled",
                    submitted);
        }
        activityLog.recordSuccess(id.toString());
        return row;
    }

    /** The sample the audit's case audits are drawn from: while it is planned or sampling, from its own council. */
    @Transactional
    public AuditRow useSample(UUID id, UUID sampleId) throws java.sql.SQLException {
        AuditRow row = locked(id);
        if (row.status != AuditStatus.PLANNED && row.status != AuditStatus.SAMPLING) {
            throw AuditRefused.wrongState("an audit's sample is chosen while it is planned or sampling");
        }
        SampleStore.SampleRow sample = samples.get(sampleId, false)
                .orElseThrow(() -> new AuditRefused("sampleId", "no sample " + sampleId));
        if (!sample.localAuthority().equals(row.localAuthority)) {
            throw new AuditRefused("sampleId", "the sample is of " + sample.localAuthority() + ", the audit of "
                    + row.localAuthority);
        }
        row.sampleId = sampleId;
        row.updatedAt = Instant.now();
        activityLog.recordSuccess(id.toString());
        return row;
    }

    @Transactional
    public AuditRow get(UUID id) {
        return found(id);
    }

    public record Found(List<AuditRow> audits, long total) {
    }

    /** Newest first, by council, status and type when given. */
    @Transactional
    public Found list(String localAuthority, AuditStatus status, AuditType type, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> values = new HashMap<>();
        if (localAuthority != null) {
            where.append(" and localAuthority = :council");
            values.put("council", localAuthority);
        }
        if (status != null) {
            where.append(" and status = :status");
            values.put("status", status);
        }
        if (type != null) {
            where.append(" and type = :type");
            values.put("type", type);
        }
        var query = AuditRow.<AuditRow>find(where + " order by createdAt desc, id desc", values);
        return new Found(query.page(page, size).list(), query.count());
    }

    static AuditRow locked(UUID id) {
        AuditRow row = AuditRow.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new RequestRefused(RequestRefused.Kind.NOT_FOUND, "id", "no audit " + id);
        }
        return row;
    }

    /** The audit, unlocked, for reads of what hangs from it. */
    static AuditRow found(UUID id) {
        AuditRow row = AuditRow.findById(id);
        if (row == null) {
            throw new RequestRefused(RequestRefused.Kind.NOT_FOUND, "id", "no audit " + id);
        }
        return row;
    }

    private void publish(AuditRow row, AuditToolRow tool, String event, Long caseAudits) {
        outbox.publish(Topics.AUDITS, "audit", row.id.toString(), event, new AuditEvent(row.id, row.localAuthority,
                row.type.name(), Arrays.asList(row.methods), Arrays.asList(row.teams), row.leadAuditor, tool.key,
                tool.version, row.sampleId, row.status.name(), row.plannedStart, row.plannedEnd, row.actualStart,
                row.actualEnd, caseAudits));
    }
}
