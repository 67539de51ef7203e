package uk.gov.safeguarding.chassis.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the 401 and 403 answers on every operation of every service, since every operation in the
 * OpenAPI documents needs a token (health, metrics and the documents themselves are not in them). One
 * place instead of the same two annotations on each resource. An operation that documents its own keeps
 * it; one marked open (an empty security requirement) gets neither.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityProblemsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values()
                .forEach(SecurityProblemsFilter::document));
    }

    private static void document(Operation operation) {
        if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
            return;
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        documentUnlessDescribed(responses, "401", ProblemDocs.UNAUTHENTICATED);
        documentUnlessDescribed(responses, "403", ProblemDocs.FORBIDDEN);
    }

    /** Quarkus adds a bare "Not Authorized" and "Not Allowed" to secured operations: ours say what comes back. */
    private static void documentUnlessDescribed(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null || existing.getContent() == null || existing.getContent().getMediaTypes() == null
                || existing.getContent().getMediaTypes().isEmpty()) {
            responses.addAPIResponse(status, problem(description));
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(ProblemDocs.PROBLEM, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(Problem.class.getSimpleName()))));
    }
}
