package uk.gov.safeguarding.chassis.problem;

import java.util.List;

/** Thrown by services for an answer the caller caused: the mapper turns it into problem+json. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldViolation> violations;

    public ProblemException(ProblemType type, String detail, List<FieldViolation> violations) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id " + id);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException ruleViolation(String field, String detail) {
        return new ProblemException(ProblemType.RULE_VIOLATION, detail, List.of(new FieldViolation(field, detail)));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new FieldViolation(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), null, null, violations);
    }
}
