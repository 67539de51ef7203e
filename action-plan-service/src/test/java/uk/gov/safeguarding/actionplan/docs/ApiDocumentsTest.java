package uk.gov.safeguarding.actionplan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.actionplan.service.ActionPlanEvents;
import uk.gov.safeguarding.testsupport.ApiDocuments;

/** The OpenAPI and AsyncAPI documents say what the code does; CI also runs Redocly and the AsyncAPI CLI. */
@QuarkusTest
class ApiDocumentsTest {

    @Test
    void everyOperationIsDocumentedWithItsErrorsAndSecurity() {
        JsonNode doc = ApiDocuments.openApi();
        assertThat(ApiDocuments.operationCount(doc)).isGreaterThanOrEqualTo(14);
        assertThat(ApiDocuments.undocumentedOperations(doc, where -> false)).isEmpty();
    }

    @Test
    void theAsyncApiDocumentDescribesEveryPayloadField() {
        JsonNode doc = ApiDocuments.asyncApi();
        assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/source/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ActionPlanEvents.SourceEvent.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/recommendation/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ActionPlanEvents.RecommendationEvent.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/action/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ActionPlanEvents.ActionEvent.class));
    }
}
