package uk.gov.safeguarding.chassis.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The HTTP layer's own limit must be as large as the biggest batch upload, so ordinary JSON
 * operations are held to a smaller limit here, where the answer can be problem+json.
 */
public class BodySizeLimitFilter {

    private final long maxBodyBytes;
    private final long maxUploadBytes;

    public BodySizeLimitFilter(@ConfigProperty(name = "suite.http.max-body-size", defaultValue = "1048576") long maxBodyBytes,
                               @ConfigProperty(name = "suite.http.max-upload-size", defaultValue = "2147483648") long maxUploadBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxUploadBytes = maxUploadBytes;
    }

    @ServerRequestFilter
    public void limitBodySize(ContainerRequestContext request, ResourceInfo resource) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return;
        }
        boolean upload = resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(LargeBody.class);
        long limit = upload ? maxUploadBytes : maxBodyBytes;
        if (length > limit) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The body has " + length + " bytes; this operation accepts at most " + limit);
        }
    }
}
