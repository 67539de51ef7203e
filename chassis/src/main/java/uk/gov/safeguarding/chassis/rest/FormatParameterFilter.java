package uk.gov.safeguarding.chassis.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import uk.gov.safeguarding.chassis.problem.ProblemException;

/**
 * On a read, {@code ?format=csv} or {@code ?format=json} stands for the Accept header, for tools that
 * can fetch a URL but not set headers (Excel's "From Web", a browser link). Uploads keep {@code format}
 * for their own use (the format of the body they send).
 */
@Provider
@PreMatching
public class FormatParameterFilter implements ContainerRequestFilter {

    public static final String PARAMETER = "format";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        String format = request.getUriInfo().getQueryParameters().getFirst(PARAMETER);
        if (format == null || format.isBlank()) {
            return;
        }
        String accept = switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> CsvTableWriter.TEXT_CSV;
            case "json" -> MediaType.APPLICATION_JSON;
            default -> throw ProblemException.invalid(PARAMETER, "must be csv or json");
        };
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
    }
}
