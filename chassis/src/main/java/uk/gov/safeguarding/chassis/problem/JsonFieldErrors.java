package uk.gov.safeguarding.chassis.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import uk.gov.safeguarding.chassis.text.UnsafeTextException;

/**
 * A JSON value that could not be bound, as a field and a reason a caller can act on: one wording for an
 * API body's 400 and for an item of a batch (NDJSON lines, practice-record arrays).
 */
public final class JsonFieldErrors {

    private JsonFieldErrors() {
    }

    /** The field as the caller wrote it ({@code children[0].sex}); empty when the whole value was wrong. */
    public static String field(JsonMappingException e) {
        return path(e.getPath());
    }

    public static String reason(JsonMappingException e) {
        if (e instanceof UnsafeTextException unsafe) {
            return unsafe.reason();
        }
        if (e.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            return cause.getMessage();
        }
        Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                ? mismatch.getTargetType() : null;
        if (target == LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        }
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        return "has a value of the wrong type or form";
    }

    private static String path(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
