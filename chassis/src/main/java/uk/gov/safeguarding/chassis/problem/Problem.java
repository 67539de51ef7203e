package uk.gov.safeguarding.chassis.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail. Never carries a stack trace, SQL or a class name. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(description = "Identifies the kind of problem", examples = "urn:safeguarding:problem:validation")
        String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Request is not valid")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(description = "What went wrong in this request", examples = "2 fields are not valid")
        String detail,
        @Schema(description = "The request path", examples = "/api/v1/contacts")
        String instance,
        @Schema(description = "The request id, also in the X-Request-Id header; quote it when reporting a problem")
        String requestId,
        @Schema(description = "Each field that is not valid, and why")
        List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem withContext(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, violations);
    }
}
