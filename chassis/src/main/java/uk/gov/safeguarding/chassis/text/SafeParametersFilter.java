package uk.gov.safeguarding.chassis.text;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.gov.safeguarding.chassis.problem.ProblemException;

/**
 * Path and query parameters of every operation are held to {@link UnsafeText} before any resource sees
 * them, and a malformed percent-escape is the caller's mistake, not a failure of ours.
 */
public class SafeParametersFilter {

    @ServerRequestFilter
    public void refuseUnsafeParameters(ContainerRequestContext request) {
        check(decoded(request, true));
        check(decoded(request, false));
    }

    private static MultivaluedMap<String, String> decoded(ContainerRequestContext request, boolean path) {
        try {
            return path ? request.getUriInfo().getPathParameters(true) : request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(path ? "path" : "query", "has a malformed percent-escape");
        }
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String nameProblem = UnsafeText.problem(parameter.getKey());
            if (nameProblem != null) {
                throw ProblemException.invalid("query", "a parameter name " + nameProblem);
            }
            for (String value : parameter.getValue()) {
                String problem = UnsafeText.problem(value);
                if (problem != null) {
                    throw ProblemException.invalid(parameter.getKey(), problem);
                }
            }
        }
    }
}
