package uk.gov.safeguarding.chassis.problem;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the current request: the caller's {@code X-Request-Id} when it is a safe token,
 * otherwise a fresh one. Echoed in the response, in every problem and in activity log entries.
 */
@RequestScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private String value;

    public String value() {
        if (value == null) {
            value = UUID.randomUUID().toString();
        }
        return value;
    }

    void acceptFromCaller(String fromHeader) {
        if (value == null && isSafe(fromHeader)) {
            value = fromHeader;
        }
    }

    /** The caller's id when it is safe to echo, otherwise a fresh one; for answers given outside a request scope. */
    static String fromCallerOrNew(String fromHeader) {
        return isSafe(fromHeader) ? fromHeader : UUID.randomUUID().toString();
    }

    private static boolean isSafe(String fromHeader) {
        return fromHeader != null && SAFE.matcher(fromHeader).matches();
    }
}
