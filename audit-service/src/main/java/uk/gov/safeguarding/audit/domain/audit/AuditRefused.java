package uk.gov.safeguarding.audit.domain.audit;

import uk.gov.safeguarding.kernel.DomainRefusal;

/**
 * A step an audit, case audit, moderation or escalation does not allow (the suite's {@link DomainRefusal}).
 */
public class AuditRefused extends DomainRefusal {

    public AuditRefused(String field, String reason) {
        super(field, reason, false);
    }

    private AuditRefused(String field, String reason, boolean conflict) {
        super(field, reason, conflict);
    }

    /** Refused by the state the record is in, or by who is asking, not by what was sent. */
    public static AuditRefused wrongState(String reason) {
        return new AuditRefused("status", reason, true);
    }
}
