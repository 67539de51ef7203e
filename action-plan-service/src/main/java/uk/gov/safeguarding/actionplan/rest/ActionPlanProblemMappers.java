package uk.gov.safeguarding.actionplan.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.gov.safeguarding.actionplan.domain.ActionPlanRefused;
import uk.gov.safeguarding.actionplan.service.RequestRefused;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemMappers;
import uk.gov.safeguarding.chassis.problem.ProblemType;

/** The service's refusals as the chassis's problem answers. */
public class ActionPlanProblemMappers {

    private final ProblemMappers problems;

    public ActionPlanProblemMappers(ProblemMappers problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response notFound(RequestRefused refused, UriInfo uri) {
        return problems.problem(new ProblemException(ProblemType.NOT_FOUND, refused.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response refused(ActionPlanRefused refused, UriInfo uri) {
        return problems.problem(refused.conflict() ? ProblemException.conflict(refused.getMessage())
                : ProblemException.invalid(refused.field(), refused.getMessage()), uri);
    }
}
