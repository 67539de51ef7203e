package uk.gov.safeguarding.audit.domain.sampling;

/** A draw or a size that cannot be made as asked; names the field at fault, for the edge to report. */
public class SampleRefused extends RuntimeException {

    private final String field;

    public SampleRefused(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
