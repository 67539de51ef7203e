package uk.gov.safeguarding.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import uk.gov.safeguarding.audit.domain.audit.AuditTool;
import uk.gov.safeguarding.audit.domain.audit.GradeScale;
import uk.gov.safeguarding.audit.repository.AuditToolRow;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.events.TimeOrderedIds;
import uk.gov.safeguarding.chassis.security.Actor;

/** Audit tools as versioned data: a change is a new version, so an audit's version stays as it was used. */
@ApplicationScoped
public class AuditTools {

    private final ActivityLog activityLog;
    private final Actor actor;

    public AuditTools(ActivityLog activityLog, Actor actor) {
        this.activityLog = activityLog;
        this.actor = actor;
    }

    public record NewVersion(String key, String name, List<AuditTool.Question> questions, List<String> domains,
                             GradeScale scale) {
    }

    /** The next version of the tool with this key (version 1 for a new key). */
    @Transactional
    public AuditToolRow publish(NewVersion request) {
        AuditTool checked = new AuditTool(request.key(), 1, request.name(), request.questions(), request.domains(),
                request.scale());
        // versions of one key are numbered one after another: serialise on the key's latest version
        AuditToolRow.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('audit_tool:' || ?1))")
                .setParameter(1, checked.key()).getSingleResult();
        AuditToolRow latest = AuditToolRow.<AuditToolRow>find("key = ?1 order by version desc", checked.key())
                .firstResult();
        AuditToolRow row = new AuditToolRow();
        row.id = TimeOrderedIds.next();
        row.key = checked.key();
        row.version = latest == null ? 1 : latest.version + 1;
        row.name = checked.name();
        row.questions = checked.questions();
        row.domains = checked.domains().toArray(String[]::new);
        row.scaleName = checked.scale().name();
        row.grades = checked.scale().grades().toArray(String[]::new);
        row.goodOrBetter = checked.scale().goodOrBetter();
        row.createdBy = actor.id();
        row.createdAt = Instant.now();
        row.persist();
        activityLog.recordSuccess(row.key + "/" + row.version);
        return row;
    }

    /** The latest version of each tool, by key. */
    @Transactional
    public List<AuditToolRow> latest() {
        return AuditToolRow.getEntityManager().createQuery("""
                select t from AuditToolRow t where t.version =
                  (select max(o.version) from AuditToolRow o where o.key = t.key) order by t.key""", AuditToolRow.class)
                .getResultList();
    }

    @Transactional
    public List<AuditToolRow> versions(String key) {
        List<AuditToolRow> versions = AuditToolRow.<AuditToolRow>find("key = ?1 order by version", key).list();
        if (versions.isEmpty()) {
            throw new RequestRefused(RequestRefused.Kind.NOT_FOUND, "key", "no audit tool " + key);
        }
        return versions;
    }

    /** The version asked for, or the latest when {@code version} is null. */
    @Transactional
    public AuditToolRow version(String key, Integer version) {
        AuditToolRow row = version == null
                ? AuditToolRow.<AuditToolRow>find("key = ?1 order by version desc", key).firstResult()
                : AuditToolRow.<AuditToolRow>find("key = ?1 and version = ?2", key, version).firstResult();
        if (row == null) {
            throw new RequestRefused(RequestRefused.Kind.NOT_FOUND, "tool", "no audit tool " + key
                    + (version == null ? "" : " version " + version));
        }
        return row;
    }

    static AuditToolRow byId(java.util.UUID id) {
        return AuditToolRow.findById(id, LockModeType.NONE);
    }
}
