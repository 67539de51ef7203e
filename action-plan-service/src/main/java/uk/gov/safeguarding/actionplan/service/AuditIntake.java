package uk.gov.safeguarding.actionplan.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.safeguarding.actionplan.client.AuditApi;
import uk.gov.safeguarding.actionplan.domain.ReportReferences;
import uk.gov.safeguarding.actionplan.domain.SourceType;
import uk.gov.safeguarding.actionplan.repository.AuditIntakeRow;
import uk.gov.safeguarding.actionplan.repository.RecommendationRow;
import uk.gov.safeguarding.actionplan.repository.SourceRow;

/**
 * Recommendations raised in audit-service become recommendations here, under their audit as the source: each is
 * received once (the inbox), waits until its words are read from audit-service with this service's own token,
 * and is then recorded once (by its ref). A failed read waits longer each time and is tried again, never
 * dropped; the last error stays on the row.
 */
@ApplicationScoped
public class AuditIntake {

    static final String ACTOR = "audit-service";
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);

    private final AuditApi audits;
    private final Sources sources;
    private final Recommendations recommendations;

    public AuditIntake(@RestClient AuditApi audits, Sources sources, Recommendations recommendations) {
        this.audits = audits;
        this.sources = sources;
        this.recommendations = recommendations;
    }

    public record Raised(UUID recommendationId, UUID auditId, String localAuthority, String auditType, int number,
                         List<String> references, String href, String raisedBy, Instant raisedAt) {
    }

    /** Runs in the inbox's transaction: records the recommendation as waiting (once, by its id). */
    public void receive(Raised raised) {
        if (AuditIntakeRow.findById(raised.recommendationId()) != null) {
            return;
        }
        AuditIntakeRow row = new AuditIntakeRow();
        row.recommendationRef = raised.recommendationId();
        row.auditRef = raised.auditId();
        row.localAuthority = raised.localAuthority();
        row.auditType = raised.auditType() == null ? "AUDIT" : raised.auditType();
        row.number = raised.number();
        row.refs = raised.references().toArray(String[]::new);
        row.href = raised.href() == null ? "" : raised.href();
        row.raisedBy = raised.raisedBy() == null ? ACTOR : raised.raisedBy();
        row.raisedAt = raised.raisedAt();
        row.status = AuditIntakeRow.PENDING;
        row.receivedAt = Instant.now();
        row.nextAttemptAt = row.receivedAt;
        row.persist();
    }

    @Scheduled(every = "${suite.actions.audit-intake-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void periodically() {
        takeDue();
    }

    /**
     * Takes every waiting recommendation that is due; returns how many were taken. Reads from audit-service
     * happen outside any transaction; each recording is a transaction of its own.
     */
    public int takeDue() {
        int taken = 0;
        List<AuditIntakeRow> due = QuarkusTransaction.requiringNew().call(() -> AuditIntakeRow.<AuditIntakeRow>find(
                "status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt", AuditIntakeRow.PENDING, Instant.now())
                .page(0, 100).list());
        for (AuditIntakeRow row : due) {
            AuditApi.Recommendation recommendation;
            AuditApi.Audit audit;
            try {
                recommendation = audits.recommendation(row.auditRef, row.recommendationRef);
                audit = audits.audit(row.auditRef);
            } catch (RuntimeException unavailable) {
                QuarkusTransaction.requiringNew().run(() -> later(row.recommendationRef, unavailable));
                continue;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> take(row.recommendationRef, recommendation, audit));
                taken++;
            } catch (RuntimeException refused) {
                // what audit-service holds does not fit here (a number taken by another recommendation): kept,
                // retried later and named on the row for whoever looks
                QuarkusTransaction.requiringNew().run(() -> later(row.recommendationRef, refused));
            }
        }
        return taken;
    }

    private void take(UUID ref, AuditApi.Recommendation recommendation, AuditApi.Audit audit) {
        AuditIntakeRow row = AuditIntakeRow.findById(ref, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (!AuditIntakeRow.PENDING.equals(row.status)) {
            return;
        }
        boolean visit = "ASSURANCE_VISIT".equals(row.auditType);
        SourceRow source = sources.createFor(ACTOR, new Sources.NewSource(visit ? SourceType.ASSURANCE_VISIT : SourceType.AUDIT,
                (visit ? "Assurance visit: " : "Audit: ") + (audit.theme() == null ? row.auditRef : audit.theme()),
                List.of(row.localAuthority), "audit-service", audit.actualEnd() != null ? audit.actualEnd()
                : audit.plannedStart(), null, null, "audit:" + row.auditRef), ActionPlanActions.AUDIT_INTAKE);
        RecommendationRow created = recommendations.createFor(ACTOR, source.id, new Recommendations.NewRecommendation(
                String.valueOf(row.number), ReportReferences.parse(String.join(", ", row.refs)), recommendation.theme(),
                recommendation.text(), recommendation.addressedTo(), null, null,
                "audit-recommendation:" + row.recommendationRef), ActionPlanActions.AUDIT_INTAKE).recommendation();
        row.status = AuditIntakeRow.TAKEN;
        row.recommendationId = created.id;
        row.lastError = null;
    }

    private void later(UUID ref, RuntimeException why) {
        AuditIntakeRow row = AuditIntakeRow.findById(ref);
        row.attempts++;
        long seconds = Math.min(MAX_WAIT.toSeconds(), 1L << Math.min(row.attempts, 10));
        row.nextAttemptAt = Instant.now().plusSeconds(seconds);
        String message = why.getClass().getSimpleName() + ": " + why.getMessage();
        row.lastError = message.length() > 500 ? message.substring(0, 500) : message;
    }
}
