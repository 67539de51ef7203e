package uk.gov.safeguarding.audit.domain.audit;

/**
 * A step an audit, case audit, moderation or escalation does not allow: named by the field at fault, or the
 * rule, in the council's words; the edge answers 400 or 409 by {@link #conflict()}.
 */
public class AuditRefused extends RuntimeException {

    private final String field;
    private final boolean conflict;

    public AuditRefused(String field, String reason) {
        this(field, reason, false);
    }

    private AuditRefused(String field, String reason, boolean conflict) {
        super(reason);
        this.field = field;
        this.conflict = conflict;
    }

    /** Refused by the state the record is in, not by what was sent. */
    public static AuditRefused wrongState(String reason) {
        return new AuditRefused("status", reason, true);
    }

    public String field() {
        return field;
    }

    public boolean conflict() {
        return conflict;
    }
}
