package uk.gov.safeguarding.audit.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * contacts-service's contact search (GET /api/v1/contacts), called with audit-service's own token (client
 * credentials, role integration). Only what a population needs is read of each contact.
 */
@RegisterRestClient(configKey = "contacts-service")
@OidcClientFilter
@Path("/api/v1/contacts")
public interface ContactsApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Page find(@QueryParam("localAuthority") String localAuthority, @QueryParam("receivedFrom") String receivedFrom,
              @QueryParam("receivedTo") String receivedTo, @QueryParam("source") String source,
              @QueryParam("outcome") String outcome, @QueryParam("minEarlierContacts") Integer minEarlierContacts,
              @QueryParam("sort") String sort, @QueryParam("page") int page, @QueryParam("size") int size);

    record Page(List<Contact> items, long totalItems, int totalPages) {
    }

    record Contact(String id, java.time.Instant receivedAt, List<Child> children) {
    }

    record Child(String childRef, YearMonth birthMonth, boolean unborn) {
    }
}
