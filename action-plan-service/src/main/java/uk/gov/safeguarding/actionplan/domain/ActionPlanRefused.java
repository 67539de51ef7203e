package uk.gov.safeguarding.actionplan.domain;

import uk.gov.safeguarding.kernel.DomainRefusal;

/**
 * A step a source, recommendation, action or update does not allow (the suite's {@link DomainRefusal}).
 */
public class ActionPlanRefused extends DomainRefusal {

    public ActionPlanRefused(String field, String reason) {
        super(field, reason, false);
    }

    private ActionPlanRefused(String field, String reason, boolean conflict) {
        super(field, reason, conflict);
    }

    /** Refused by the state the record is in, or by who is asking, not by what was sent. */
    public static ActionPlanRefused wrongState(String reason) {
        return new ActionPlanRefused("status", reason, true);
    }
}
