package uk.gov.safeguarding.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.safeguarding.audit.domain.audit.AuditRefused;
import uk.gov.safeguarding.audit.domain.audit.AuditTool;
import uk.gov.safeguarding.audit.domain.audit.CaseAudit;
import uk.gov.safeguarding.audit.domain.audit.CaseAuditGrades;
import uk.gov.safeguarding.audit.domain.audit.Moderation;
import uk.gov.safeguarding.audit.repository.AuditRow;
import uk.gov.safeguarding.audit.repository.AuditToolRow;
import uk.gov.safeguarding.audit.repository.CaseAuditRow;
import uk.gov.safeguarding.audit.repository.SampleStore;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.chassis.events.TimeOrderedIds;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.kernel.Topics;

/**
 * Case audits and their moderation (the transaction around {@link CaseAudit} and {@link Moderation}): each is
 * about one child's record, so every write and read names the child in the activity log.
 */
@ApplicationScoped
public class CaseAudits {

    private final SampleStore samples;
    private final Outbox outbox;
    private final ActivityLog activityLog;
    private final Actor actor;

    public CaseAudits(SampleStore samples, Outbox outbox, ActivityLog activityLog, Actor actor) {
        this.samples = samples;
        this.outbox = outbox;
        this.activityLog = activityLog;
        this.actor = actor;
    }

    /** What an auditor writes of a case; {@code submit} asks for it to be submitted as it is saved. */
    public record Work(Map<String, CaseAudit.Answer> answers, CaseAuditGrades grades, String strengths,
                       String areasForDevelopment, String actionsForTeam, boolean submit) {
    }

    public record NewCaseAudit(String childRef, String team, Work work) {
    }

    @Transactional
    public CaseAuditRow start(UUID auditId, NewCaseAudit request) throws SQLException {
        AuditRow audit = Audits.locked(auditId);
        audit.status.mustAcceptCaseAudits();
        if (audit.sampleId != null && !samples.drawn(audit.sampleId, request.childRef())) {
            throw new AuditRefused("childRef", "is not one of the cases drawn in the audit's sample");
        }
        if (CaseAuditRow.count("auditId = ?1 and childRef = ?2", auditId, request.childRef()) > 0) {
            throw AuditRefused.wrongState("this audit has a case audit of " + request.childRef() + " already");
        }
        AuditTool tool = tool(audit);
        Work work = request.work();
        CaseAudit started = CaseAudit.start(actor.id(), work.answers(), work.grades(), tool, work.submit());
        CaseAuditRow row = new CaseAuditRow();
        row.id = TimeOrderedIds.next();
        row.auditId = auditId;
        row.childRef = request.childRef();
        row.team = request.team();
        row.auditor = actor.id();
        row.createdAt = Instant.now();
        hold(row, started, work);
        row.persist();
        if (started.status() == CaseAudit.Status.SUBMITTED) {
            publish(audit, row, "submitted");
        }
        activityLog.recordSuccess(row.id.toString(), List.of(row.childRef));
        return row;
    }

    /** The draft saved again, and submitted when asked. */
    @Transactional
    public CaseAuditRow revise(UUID auditId, UUID id, Work work) {
        AuditRow audit = Audits.locked(auditId);
        audit.status.mustAcceptCaseAudits();
        CaseAuditRow row = locked(auditId, id);
        AuditTool tool = tool(audit);
        CaseAudit revised = row.caseAudit().revise(actor.id(), work.answers(), work.grades(), tool);
        if (work.submit()) {
            revised = revised.submit(actor.id(), tool);
        }
        hold(row, revised, work);
        if (revised.status() == CaseAudit.Status.SUBMITTED) {
            publish(audit, row, "submitted");
        }
        activityLog.recordSuccess(row.id.toString(), List.of(row.childRef));
        return row;
    }

    @Transactional
    public CaseAuditRow submit(UUID auditId, UUID id) {
        AuditRow audit = Audits.locked(auditId);
        audit.status.mustAcceptCaseAudits();
        CaseAuditRow row = locked(auditId, id);
        CaseAudit submitted = row.caseAudit().submit(actor.id(), tool(audit));
        row.hold(submitted);
        row.submittedAt = Instant.now();
        row.updatedAt = row.submittedAt;
        publish(audit, row, "submitted");
        activityLog.recordSuccess(row.id.toString(), List.of(row.childRef));
        return row;
    }

    @Transactional
    public CaseAuditRow moderate(UUID auditId, UUID id, CaseAuditGrades grades, String reason) {
        AuditRow audit = Audits.locked(auditId);
        audit.status.mustAcceptModeration();
        CaseAuditRow row = locked(auditId, id);
        if (row.moderatedAt != null) {
            throw AuditRefused.wrongState("the case audit was moderated already, by " + row.moderator);
        }
        CaseAudit caseAudit = row.caseAudit();
        Moderation moderation = caseAudit.moderate(actor.id(), grades, reason, tool(audit));
        row.hold(moderation, moderation.agreesWith(caseAudit.grades()), Instant.now());
        row.updatedAt = row.moderatedAt;
        publish(audit, row, "moderated");
        activityLog.recordSuccess(row.id.toString(), List.of(row.childRef));
        return row;
    }

    @Transactional
    public CaseAuditRow get(UUID auditId, UUID id) {
        CaseAuditRow row = CaseAuditRow.find("id = ?1 and auditId = ?2", id, auditId).firstResult();
        if (row == null) {
            throw new RequestRefused(RequestRefused.Kind.NOT_FOUND, "id", "no case audit " + id + " in audit " + auditId);
        }
        activityLog.concerning(row.id.toString(), List.of(row.childRef));
        return row;
    }

    public record Found(List<CaseAuditRow> caseAudits, long total) {
    }

    /** The audit's case audits in the order they were started. */
    @Transactional
    public Found list(UUID auditId, CaseAudit.Status status, int page, int size) {
        Audits.found(auditId);
        var query = status == null
                ? CaseAuditRow.<CaseAuditRow>find("auditId = ?1 order by createdAt, id", auditId)
                : CaseAuditRow.<CaseAuditRow>find("auditId = ?1 and status = ?2 order by createdAt, id", auditId, status);
        List<CaseAuditRow> rows = query.page(page, size).list();
        activityLog.concerning(auditId.toString(), rows.stream().map(r -> r.childRef).toList());
        return new Found(rows, query.count());
    }

    private static void hold(CaseAuditRow row, CaseAudit caseAudit, Work work) {
        row.hold(caseAudit);
        row.strengths = work.strengths();
        row.areasForDevelopment = work.areasForDevelopment();
        row.actionsForTeam = work.actionsForTeam();
        row.updatedAt = Instant.now();
        if (caseAudit.status() == CaseAudit.Status.SUBMITTED) {
            row.submittedAt = row.updatedAt;
        }
    }

    private static AuditTool tool(AuditRow audit) {
        return AuditToolRow.<AuditToolRow>findById(audit.toolId).tool();
    }

    private static CaseAuditRow locked(UUID auditId, UUID id) {
        CaseAuditRow row = CaseAuditRow.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !row.auditId.equals(auditId)) {
            throw new RequestRefused(RequestRefused.Kind.NOT_FOUND, "id", "no case audit " + id + " in audit " + auditId);
        }
        return row;
    }

    private void publish(AuditRow audit, CaseAuditRow row, String event) {
        outbox.publish(Topics.AUDITS, "case-audit", row.id.toString(), event, new CaseAuditEvent(row.id, row.auditId,
                audit.localAuthority, row.childRef, row.team, row.auditor, row.grades, row.overall, row.submittedAt,
                row.moderator, row.moderatedGrades, row.moderatedOverall, row.moderationAgrees, row.moderatedAt));
    }
}
