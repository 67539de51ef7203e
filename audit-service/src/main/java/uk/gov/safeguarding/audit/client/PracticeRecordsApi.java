package uk.gov.safeguarding.audit.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * kpi-service's practice-record search (GET /api/v1/practice-records), keyset-paged, called with audit-service's
 * own token (client credentials, role integration).
 */
@RegisterRestClient(configKey = "kpi-service")
@OidcClientFilter
@Path("/api/v1/practice-records")
public interface PracticeRecordsApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Page find(@QueryParam("localAuthority") String localAuthority, @QueryParam("kind") String kind,
              @QueryParam("team") String team, @QueryParam("startFrom") String startFrom,
              @QueryParam("startTo") String startTo, @QueryParam("openOnly") Boolean openOnly,
              @QueryParam("minDays") Integer minDays, @QueryParam("minWorkingDays") Integer minWorkingDays,
              @QueryParam("after") String after, @QueryParam("limit") int limit);

    record Page(List<Record> items, String next) {
    }

    record Record(String recordId, String childRef) {
    }
}
