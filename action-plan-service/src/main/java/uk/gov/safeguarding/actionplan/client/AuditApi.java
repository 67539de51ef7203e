package uk.gov.safeguarding.actionplan.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * audit-service's audits and their recommendations, read with action-plan-service's own token (client
 * credentials, role integration): a recommendation-raised event says where, never the words.
 */
@RegisterRestClient(configKey = "audit-service")
@OidcClientFilter
@Path("/api/v1/audits")
public interface AuditApi {

    @GET
    @Path("/{auditId}/recommendations/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Recommendation recommendation(@PathParam("auditId") UUID auditId, @PathParam("id") UUID id);

    record Recommendation(UUID id, UUID auditId, int number, List<String> references, String theme, String text,
                          String addressedTo) {
    }

    /** The audit, for its source's title and date (readable by integration since an audit names no child). */
    @GET
    @Path("/{auditId}")
    @Produces(MediaType.APPLICATION_JSON)
    Audit audit(@PathParam("auditId") UUID auditId);

    record Audit(UUID id, String type, String theme, LocalDate plannedStart, LocalDate actualEnd) {
    }
}
