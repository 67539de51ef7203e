package uk.gov.safeguarding.chassis.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an over-long URI (414) or over-large headers (431) as problem+json. The HTTP server's own
 * limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above
 * these, because when the server itself refuses a request it answers with an empty body and Quarkus gives
 * no way to change that answer; only a request beyond those outer limits still gets it.
 */
@ApplicationScoped
public class HttpLimitsFilter {

    /** Runs before the security, request id and REST layers, which read headers and the URI. */
    static final int PRIORITY = 10_000;

    private final ObjectMapper json;
    private final int maxUriLength;
    private final int maxHeaderBytes;

    public HttpLimitsFilter(ObjectMapper json,
                            @ConfigProperty(name = "suite.http.max-uri-length", defaultValue = "8192") int maxUriLength,
                            @ConfigProperty(name = "suite.http.max-header-size", defaultValue = "16384") int maxHeaderBytes) {
        this.json = json;
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void register(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri != null && uri.length() > maxUriLength) {
            refuse(context, ProblemType.URI_TOO_LONG, "The URI has " + uri.length() + " characters; at most "
                    + maxUriLength + " are read. Send long filters in a request body where the operation offers one");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, "The headers have " + headerBytes
                    + " bytes; at most " + maxHeaderBytes + " are read");
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, ProblemType type, String detail) {
        String requestId = RequestId.fromCallerOrNew(context.request().getHeader(RequestId.HEADER));
        String path = context.request().path();
        int status = type.status();
        // The path of an over-long URI is not echoed: it is what was refused.
        String instance = path != null && path.length() <= 200 ? path : null;
        Problem problem = new Problem(type.uri(), type.title(), status, detail, instance, requestId, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        context.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestId.HEADER, requestId)
                .putHeader("Connection", "close")
                .end(body);
    }
}
