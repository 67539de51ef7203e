package uk.gov.safeguarding.actionplan.domain;

/**
 * A step a source, recommendation, action or update does not allow, named by the field at fault or the rule, in
 * the council's words; the edge answers 400, or 409 when the record's state is what refuses it.
 */
public class ActionPlanRefused extends RuntimeException {

    private final String field;
    private final boolean conflict;

    public ActionPlanRefused(String field, String reason) {
        this(field, reason, false);
    }

    private ActionPlanRefused(String field, String reason, boolean conflict) {
        super(reason);
        this.field = field;
        this.conflict = conflict;
    }

    /** Refused by the state the record is in, or by who is asking, not by what was sent. */
    public static ActionPlanRefused wrongState(String reason) {
        return new ActionPlanRefused("status", reason, true);
    }

    public String field() {
        return field;
    }

    public boolean conflict() {
        return conflict;
    }
}
