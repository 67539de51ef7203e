package uk.gov.safeguarding.chassis.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place exceptions become RFC 9457 problem+json answers. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Long enough for a database failover or restart, short enough for a council system's retry loop. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final RequestId requestId;

    public ProblemMappers(RequestId requestId) {
        this.requestId = requestId;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    /** Every service's domain refusals: 409 when the record's state refuses, else 400 naming the field. */
    @ServerExceptionMapper
    public Response domainRefusal(uk.gov.safeguarding.kernel.DomainRefusal refused, UriInfo uri) {
        return problem(refused.conflict() ? ProblemException.conflict(refused.getMessage())
                : ProblemException.invalid(refused.field(), refused.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            violations.add(new FieldViolation(FieldPaths.of(violation.getPropertyPath()), violation.getMessage()));
        }
        violations.sort(Comparator.comparing(FieldViolation::field));
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are not valid";
        return respond(problem(ProblemType.VALIDATION, detail, violations), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return respond(problem(ProblemType.MALFORMED, "The body is not well-formed JSON", List.of()), uri);
    }

    private Response malformed(JsonMappingException e, UriInfo uri) {
        String field = JsonFieldErrors.field(e);
        String reason = JsonFieldErrors.reason(e);
        List<FieldViolation> violations = field.isEmpty() ? List.of() : List.of(new FieldViolation(field, reason));
        String detail = field.isEmpty() ? "The body cannot be read as the expected JSON" : field + ": " + reason;
        return respond(problem(ProblemType.MALFORMED, detail, violations), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    private Response unauthenticated(UriInfo uri) {
        Response response = respond(problem(ProblemType.UNAUTHENTICATED,
                "Send a valid bearer token from the configured issuer", List.of()), uri);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(problem(ProblemType.FORBIDDEN, "Your role does not allow this operation", List.of()), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(problem(ProblemType.CONFLICT,
                "Someone else changed this record at the same time; read it again and retry", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "Request %s failed", requestId.value());
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "Nothing is here: check the path";
            case 405 -> "This path does not accept that method";
            case 406 -> "Ask for application/json (or text/csv where offered)";
            case 415 -> "Send the body in a content type this operation accepts";
            default -> type.title();
        };
        Problem problem = new Problem(type.uri(), type.title(), status, detail, null, null, List.of());
        Response response = respond(problem, uri);
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW,
                    e.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        switch (StorageFailures.classify(e)) {
            case UNREACHABLE -> {
                LOG.warnf("Request %s: the database cannot be reached (%s)", requestId.value(), e.getClass().getSimpleName());
                return Response.fromResponse(respond(problem(ProblemType.UNAVAILABLE,
                                "The service cannot reach its database just now; nothing was changed. Retry after "
                                        + RETRY_AFTER_SECONDS + " seconds", List.of()), uri))
                        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
            }
            case VALUE_REFUSED -> {
                LOG.warnf(e, "Request %s: the database refused a value validation let through", requestId.value());
                return respond(problem(ProblemType.VALIDATION,
                        "A value in the request cannot be stored as sent; check its characters and size", List.of()), uri);
            }
            default -> {
                LOG.errorf(e, "Request %s failed", requestId.value());
                return respond(problem(ProblemType.INTERNAL,
                        "The request could not be completed; quote the request id when reporting it", List.of()), uri);
            }
        }
    }

    private static Problem problem(ProblemType type, String detail, List<FieldViolation> violations) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, violations);
    }

    private Response respond(Problem problem, UriInfo uri) {
        String path = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withContext(path, requestId.value()))
                .build();
    }
}
