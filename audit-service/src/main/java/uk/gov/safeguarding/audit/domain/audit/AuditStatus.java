package uk.gov.safeguarding.audit.domain.audit;

import java.util.Map;
import java.util.Set;

/**
 * Where an audit is: planned, sampling its cases, in progress (case audits being done), in moderation,
 * completed; or cancelled, with a reason, from any step before completion.
 */
public enum AuditStatus {
    PLANNED, SAMPLING, IN_PROGRESS, MODERATION, COMPLETED, CANCELLED;

    private static final Map<AuditStatus, Set<AuditStatus>> NEXT = Map.of(
            PLANNED, Set.of(SAMPLING, IN_PROGRESS, CANCELLED),
            SAMPLING, Set.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, Set.of(MODERATION, COMPLETED, CANCELLED),
            MODERATION, Set.of(IN_PROGRESS, COMPLETED, CANCELLED),
            COMPLETED, Set.of(),
            CANCELLED, Set.of());

    /** @throws AuditRefused when the audit cannot move from this step to {@code next} */
    public AuditStatus moveTo(AuditStatus next, String reason) {
        if (!NEXT.get(this).contains(next)) {
            throw AuditRefused.wrongState("an audit " + describe() + " cannot be " + next.describe());
        }
        if (next == CANCELLED && (reason == null || reason.isBlank())) {
            throw new AuditRefused("reason", "cancelling an audit needs a reason");
        }
        return next;
    }

    String describe() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
