package uk.gov.safeguarding.actionplan.service;

/** A request naming a record that is not there; the edge answers 404. */
public class RequestRefused extends RuntimeException {

    private final String field;

    public RequestRefused(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
