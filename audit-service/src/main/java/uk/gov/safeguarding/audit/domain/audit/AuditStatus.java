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

    /** @throws AuditRefused unless case audits may be started or changed now: while the audit is in progress */
    public void mustAcceptCaseAudits() {
        if (this != IN_PROGRESS) {
            throw AuditRefused.wrongState("case audits are done while the audit is in progress; it is " + describe());
        }
    }

    /** @throws AuditRefused unless moderation may be recorded now: in progress or in moderation */
    public void mustAcceptModeration() {
        if (this != IN_PROGRESS && this != MODERATION) {
            throw AuditRefused.wrongState("moderation is recorded while the audit is in progress or in moderation; it is "
                    + describe());
        }
    }

    /** @throws AuditRefused unless findings and recommendations may be recorded: once work has started, and not cancelled */
    public void mustAcceptFindings() {
        if (this == PLANNED || this == SAMPLING || this == CANCELLED) {
            throw AuditRefused.wrongState("findings and recommendations come from an audit's work; it is " + describe());
        }
    }

    /**
     * The step after this one when asked for {@code next}: an audit moves to moderation or completion only with
     * case audits submitted and none left in draft (an assurance visit, made of other methods, may have none).
     */
    public AuditStatus moveTo(AuditStatus next, String reason, AuditType type, long drafts, long submitted) {
        AuditStatus moved = moveTo(next, reason);
        if (next == MODERATION || next == COMPLETED) {
            if (drafts > 0) {
                throw AuditRefused.wrongState(drafts + " case audit(s) are still in draft");
            }
            if (submitted == 0 && type != AuditType.ASSURANCE_VISIT) {
                throw AuditRefused.wrongState("no case audit has been submitted");
            }
        }
        return moved;
    }

    String describe() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
