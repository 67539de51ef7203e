package uk.gov.safeguarding.chassis.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string the suite will not take: a mismatched input, so Jackson adds the field path on the way
 * out and both the problem mapper and the batch readers name the field.
 */
public class UnsafeTextException extends MismatchedInputException {

    private final String reason;

    UnsafeTextException(JsonParser parser, String reason) {
        super(parser, reason, String.class);
        this.reason = reason;
    }

    /** The violation message, without Jackson's location text. */
    public String reason() {
        return reason;
    }
}
