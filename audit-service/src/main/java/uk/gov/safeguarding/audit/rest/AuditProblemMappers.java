package uk.gov.safeguarding.audit.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.gov.safeguarding.audit.domain.sampling.SampleRefused;
import uk.gov.safeguarding.audit.service.RequestRefused;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemMappers;
import uk.gov.safeguarding.chassis.problem.ProblemType;

/** The service's refusals as the chassis's problem answers. */
public class AuditProblemMappers {

    private final ProblemMappers problems;

    public AuditProblemMappers(ProblemMappers problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response refused(RequestRefused refused, UriInfo uri) {
        ProblemException problem = switch (refused.kind()) {
            case NOT_FOUND -> new ProblemException(ProblemType.NOT_FOUND, refused.getMessage());
            case INVALID -> ProblemException.invalid(refused.field(), refused.getMessage());
            case NOT_CONFIGURED -> new ProblemException(ProblemType.UNAVAILABLE, refused.getMessage());
        };
        return problems.problem(problem, uri);
    }

    @ServerExceptionMapper
    public Response sampleRefused(SampleRefused refused, UriInfo uri) {
        return problems.problem(ProblemException.invalid(refused.field(), refused.getMessage()), uri);
    }
}
