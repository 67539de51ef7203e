package uk.gov.safeguarding.chassis.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

public class RequestIdFilter {

    private final RequestId requestId;

    public RequestIdFilter(RequestId requestId) {
        this.requestId = requestId;
    }

    @ServerRequestFilter(preMatching = true)
    public void readRequestId(ContainerRequestContext request) {
        requestId.acceptFromCaller(request.getHeaderString(RequestId.HEADER));
    }

    @ServerResponseFilter
    public void writeRequestId(ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestId.HEADER, requestId.value());
    }
}
