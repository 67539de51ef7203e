package uk.gov.safeguarding.chassis.problem;

/** The problem types the suite answers with; each is documented in the OpenAPI document. */
public enum ProblemType {
    VALIDATION("validation", "Request is not valid", 400),
    MALFORMED("malformed", "Request body cannot be read", 400),
    UNAUTHENTICATED("unauthenticated", "A valid bearer token is required", 401),
    FORBIDDEN("forbidden", "Your role does not allow this", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", 406),
    CONFLICT("conflict", "Conflicts with the current state", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body is too large", 413),
    URI_TOO_LONG("uri-too-long", "URI too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Content type not supported", 415),
    RULE_VIOLATION("rule-violation", "Breaks a business rule", 422),
    HEADERS_TOO_LARGE("headers-too-large", "Request header fields too large", 431),
    INTERNAL("internal", "Something went wrong on our side", 500),
    UNAVAILABLE("unavailable", "Service unavailable", 503);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return "urn:safeguarding:problem:" + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
