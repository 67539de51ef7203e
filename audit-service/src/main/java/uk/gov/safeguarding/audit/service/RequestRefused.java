package uk.gov.safeguarding.audit.service;

/** A request that cannot be answered as asked (of the log or a sample); the edge answers by its kind. */
public class RequestRefused extends RuntimeException {

    public enum Kind {
        /** No such entry, checkpoint or sample. */
        NOT_FOUND,
        /** Sizes or indexes that cannot go together. */
        INVALID,
        /** The service lacks what it needs (a signing key). */
        NOT_CONFIGURED
    }

    private final Kind kind;
    private final String field;

    public RequestRefused(Kind kind, String field, String reason) {
        super(reason);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
