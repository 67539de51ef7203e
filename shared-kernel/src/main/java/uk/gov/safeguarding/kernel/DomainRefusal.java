package uk.gov.safeguarding.kernel;

/**
 * A step a service's domain does not allow, named by the field at fault or the rule, in the council's words. The
 * chassis answers it at the edge: 400 naming the field, or 409 when the record's state (or who asks) refuses it.
 * Each service's refusal extends this, so the domain stays free of HTTP and every service answers alike.
 */
public abstract class DomainRefusal extends RuntimeException {

    private final String field;
    private final boolean conflict;

    protected DomainRefusal(String field, String reason, boolean conflict) {
        super(reason);
        this.field = field;
        this.conflict = conflict;
    }

    public String field() {
        return field;
    }

    /** Refused by the state the record is in, not by what was sent. */
    public boolean conflict() {
        return conflict;
    }
}
