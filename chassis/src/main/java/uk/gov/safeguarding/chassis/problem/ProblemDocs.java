package uk.gov.safeguarding.chassis.problem;

/** The words every service's OpenAPI annotations use for the problems the chassis answers. */
public final class ProblemDocs {

    public static final String PROBLEM = "application/problem+json";
    public static final String BAD_REQUEST = "The request is not valid: the problem lists each field and why";
    public static final String UNAUTHENTICATED = "No valid bearer token";
    public static final String FORBIDDEN = "The token's roles do not allow this";
    public static final String TOO_LARGE = "The body is larger than this operation accepts";
    public static final String UNSUPPORTED = "The body is not in a content type this operation accepts";

    private ProblemDocs() {
    }
}
