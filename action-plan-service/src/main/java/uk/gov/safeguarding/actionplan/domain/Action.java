package uk.gov.safeguarding.actionplan.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An action as its rules see it: who owns it, where it stands, when it is due (and was first due), how many
 * times its date was revised, and whether any update carries evidence. The transitions are the council's: a
 * blocked or cancelled action says why; completion needs evidence; verification is by someone other than the
 * owner (separation of duties), and so is sending a completed action back.
 */
public record Action(String owner, ActionStatus status, LocalDate dueDate, LocalDate originalDueDate, int revisions,
                     boolean hasEvidence) {

    public Action {
        Objects.requireNonNull(status, "status");
        if (dueDate == null) {
            throw new ActionPlanRefused("dueDate", "an action has a due date");
        }
        originalDueDate = originalDueDate == null ? dueDate : originalDueDate;
    }

    public static Action create(String owner, LocalDate dueDate) {
        return new Action(owner, ActionStatus.NOT_STARTED, dueDate, dueDate, 0, false);
    }

    /** @throws ActionPlanRefused when the step is not allowed from here, by this person, or without what it needs */
    public Action moveTo(ActionStatus next, String reason, String by) {
        if (!status.canMoveTo(next)) {
            throw ActionPlanRefused.wrongState("an action " + status.describe() + " cannot be " + next.describe());
        }
        if ((next == ActionStatus.BLOCKED || next == ActionStatus.CANCELLED) && blank(reason)) {
            throw new ActionPlanRefused("reason", "an action " + next.describe() + " says why");
        }
        if (next == ActionStatus.COMPLETE && !hasEvidence) {
            throw ActionPlanRefused.wrongState("completion needs at least one progress update with evidence");
        }
        if (next == ActionStatus.VERIFIED && Objects.equals(by, owner)) {
            throw ActionPlanRefused.wrongState("an action is verified by someone other than its owner");
        }
        if (status == ActionStatus.COMPLETE && next == ActionStatus.IN_PROGRESS) {
            if (Objects.equals(by, owner)) {
                throw ActionPlanRefused.wrongState("a completed action is sent back by whoever verifies it, not its owner");
            }
            if (blank(reason)) {
                throw new ActionPlanRefused("reason", "sending a completed action back says why");
            }
        }
        return new Action(owner, next, dueDate, originalDueDate, revisions, hasEvidence);
    }

    public Action withEvidence() {
        return new Action(owner, status, dueDate, originalDueDate, revisions, true);
    }

    /**
     * The owner asks for a later (or earlier) date: it needs a reason and takes effect only when a second person
     * approves it ({@link #approveRevision}); never on a closed action.
     */
    public DueDateRevision requestRevision(LocalDate proposed, String reason, String by) {
        if (status.isClosed()) {
            throw ActionPlanRefused.wrongState("the due date of an action " + status.describe() + " is not revised");
        }
        if (proposed == null) {
            throw new ActionPlanRefused("dueDate", "is needed");
        }
        if (proposed.equals(dueDate)) {
            throw new ActionPlanRefused("dueDate", "is the date already set");
        }
        if (blank(reason)) {
            throw new ActionPlanRefused("reason", "a revised due date says why");
        }
        return new DueDateRevision(dueDate, proposed, reason.trim(), by, null, null);
    }

    /** The revision approved: by neither whoever asked for it nor the owner (no deferral by the owner alone). */
    public Action approveRevision(DueDateRevision revision, String by) {
        revision.mustBeDecidableBy(by, owner);
        if (!revision.from().equals(dueDate)) {
            throw ActionPlanRefused.wrongState("the due date changed since this revision was asked for");
        }
        return new Action(owner, status, revision.to(), originalDueDate, revisions + 1, hasEvidence);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
