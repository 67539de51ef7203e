package uk.gov.safeguarding.actionplan.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where an action stands: not started, in progress, blocked (with a reason), complete, verified by someone other
 * than its owner, or cancelled (with a reason). A completed action found wanting at verification goes back to
 * in progress; verified and cancelled are final.
 */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, BLOCKED, COMPLETE, VERIFIED, CANCELLED;

    private static final Map<ActionStatus, Set<ActionStatus>> NEXT = Map.of(
            NOT_STARTED, Set.of(IN_PROGRESS, BLOCKED, COMPLETE, CANCELLED),
            IN_PROGRESS, Set.of(BLOCKED, COMPLETE, CANCELLED),
            BLOCKED, Set.of(IN_PROGRESS, CANCELLED),
            COMPLETE, Set.of(VERIFIED, IN_PROGRESS),
            VERIFIED, Set.of(),
            CANCELLED, Set.of());

    public boolean canMoveTo(ActionStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Complete, verified or cancelled: nothing more is due. */
    public boolean isClosed() {
        return this == COMPLETE || this == VERIFIED || this == CANCELLED;
    }

    /** Work has begun on it and it was not cancelled. */
    public boolean isStarted() {
        return this != NOT_STARTED && this != CANCELLED;
    }

    String describe() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
