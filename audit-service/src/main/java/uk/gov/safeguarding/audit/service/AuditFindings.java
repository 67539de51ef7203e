package uk.gov.safeguarding.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.audit.repository.AuditRow;
import uk.gov.safeguarding.audit.repository.FindingRow;
import uk.gov.safeguarding.audit.repository.RecommendationRow;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.chassis.events.TimeOrderedIds;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.kernel.Topics;

/** An audit's findings and recommendations, numbered in the order recorded; a recommendation raised is published. */
@ApplicationScoped
public class AuditFindings {

    public enum Kind { STRENGTH, AREA_FOR_DEVELOPMENT, CONCERN }

    private final Outbox outbox;
    private final ActivityLog activityLog;
    private final Actor actor;

    public AuditFindings(Outbox outbox, ActivityLog activityLog, Actor actor) {
        this.outbox = outbox;
        this.activityLog = activityLog;
        this.actor = actor;
    }

    @Transactional
    public FindingRow record(UUID auditId, Kind kind, String text) {
        AuditRow audit = Audits.locked(auditId);
        audit.status.mustAcceptFindings();
        FindingRow row = new FindingRow();
        row.id = TimeOrderedIds.next();
        row.auditId = auditId;
        row.number = (int) FindingRow.count("auditId", auditId) + 1;
        row.kind = kind.name();
        row.text = text;
        row.recordedBy = actor.id();
        row.recordedAt = Instant.now();
        row.persist();
        activityLog.recordSuccess(row.id.toString());
        return row;
    }

    public record NewRecommendation(List<String> references, String theme, String text, String addressedTo) {
    }

    @Transactional
    public RecommendationRow raise(UUID auditId, NewRecommendation request) {
        AuditRow audit = Audits.locked(auditId);
        audit.status.mustAcceptFindings();
        RecommendationRow row = new RecommendationRow();
        row.id = TimeOrderedIds.next();
        row.auditId = auditId;
        row.number = (int) RecommendationRow.count("auditId", auditId) + 1;
        row.refs = request.references().toArray(String[]::new);
        row.theme = request.theme();
        row.text = request.text();
        row.addressedTo = request.addressedTo();
        row.raisedBy = actor.id();
        row.raisedAt = Instant.now();
        row.persist();
        outbox.publish(Topics.AUDITS, "recommendation", row.id.toString(), "raised", new RecommendationEvent(row.id,
                auditId, audit.localAuthority, audit.type.name(), row.number, Arrays.asList(row.refs), row.raisedBy,
                row.raisedAt, href(row)));
        activityLog.recordSuccess(row.id.toString());
        return row;
    }

    /** Where a consumer reads the recommendation, from the service's base address. */
    public static String href(RecommendationRow row) {
        return "/api/v1/audits/" + row.auditId + "/recommendations/" + row.id;
    }

    @Transactional
    public List<FindingRow> findings(UUID auditId) {
        Audits.found(auditId);
        return FindingRow.<FindingRow>find("auditId = ?1 order by number", auditId).list();
    }

    @Transactional
    public List<RecommendationRow> recommendations(UUID auditId) {
        Audits.found(auditId);
        return RecommendationRow.<RecommendationRow>find("auditId = ?1 order by number", auditId).list();
    }

    @Transactional
    public RecommendationRow recommendation(UUID auditId, UUID id) {
        RecommendationRow row = RecommendationRow.find("id = ?1 and auditId = ?2", id, auditId).firstResult();
        if (row == null) {
            throw new RequestRefused(RequestRefused.Kind.NOT_FOUND, "id", "no recommendation " + id + " in audit " + auditId);
        }
        return row;
    }
}
