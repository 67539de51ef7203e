package uk.gov.safeguarding.actionplan.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.gov.safeguarding.actionplan.service.RequestRefused;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemMappers;
import uk.gov.safeguarding.chassis.problem.ProblemType;

/** The service's not-found refusals as the chassis's problem answers (domain refusals are the chassis's own). */
public class ActionPlanProblemMappers {

    private final ProblemMappers problems;

    public ActionPlanProblemMappers(ProblemMappers problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response notFound(RequestRefused refused, UriInfo uri) {
        return problems.problem(new ProblemException(ProblemType.NOT_FOUND, refused.getMessage()), uri);
    }
}
