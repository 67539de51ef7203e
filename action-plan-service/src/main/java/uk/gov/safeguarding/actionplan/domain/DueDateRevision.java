package uk.gov.safeguarding.actionplan.domain;

import java.util.Objects;

/**
 * A due date asked to move from one day to another, with the reason and who asked; decided (approved or
 * refused) by a second person, never the one who asked nor the action's owner. Both dates stay on record.
 */
public record DueDateRevision(java.time.LocalDate from, java.time.LocalDate to, String reason, String requestedBy,
                              String decidedBy, Boolean approved) {

    public boolean pending() {
        return approved == null;
    }

    void mustBeDecidableBy(String by, String owner) {
        if (!pending()) {
            throw ActionPlanRefused.wrongState("the revision was decided already, by " + decidedBy);
        }
        if (Objects.equals(by, requestedBy) || Objects.equals(by, owner)) {
            throw ActionPlanRefused.wrongState("a revised due date is approved by a second person, not whoever asked "
                    + "for it nor the action's owner");
        }
    }

    public DueDateRevision decided(String by, boolean approve, String owner) {
        mustBeDecidableBy(by, owner);
        return new DueDateRevision(from, to, reason, requestedBy, by, approve);
    }
}
