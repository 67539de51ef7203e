package uk.gov.safeguarding.contacts.domain;

/** A rule of the front door refuses this step. */
public class ContactTransitionRefused extends RuntimeException {

    public enum Reason {
        /** The contact is not in the state the step needs (answered 409). */
        WRONG_STATE,
        /** The step breaks a rule such as separation of duties (answered 422). */
        RULE
    }

    private final Reason reason;
    private final String field;

    public ContactTransitionRefused(Reason reason, String field, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
