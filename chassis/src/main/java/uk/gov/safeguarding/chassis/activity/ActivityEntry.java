package uk.gov.safeguarding.chassis.activity;

import java.time.Instant;
import java.util.List;

/**
 * One activity log entry: who did what to which record and which children's records, when, and how it
 * ended. Holds no content of the record itself; children are named by their pseudonymous refs only.
 *
 * @param childRefsOmitted how many more children a large batch concerned beyond those named
 */
public record ActivityEntry(
        String service,
        String actor,
        List<String> roles,
        String action,
        String resourceType,
        String resourceId,
        List<String> childRefs,
        int childRefsOmitted,
        Outcome outcome,
        int status,
        String requestId,
        Instant occurredAt) {

    public enum Outcome {
        SUCCESS, REJECTED, UNAUTHENTICATED, DENIED, NOT_FOUND, CONFLICT, FAILED;

        public static Outcome forStatus(int status) {
            if (status < 400) {
                return SUCCESS;
            }
            return switch (status) {
                case 401 -> UNAUTHENTICATED;
                case 403 -> DENIED;
                case 404 -> NOT_FOUND;
                case 409 -> CONFLICT;
                default -> status >= 500 ? FAILED : REJECTED;
            };
        }
    }
}
