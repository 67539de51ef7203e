package uk.gov.safeguarding.contacts.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.chassis.activity.ActivityEntry;
import uk.gov.safeguarding.contacts.events.ContactFacts;
import uk.gov.safeguarding.testsupport.ApiDocuments;

/** The OpenAPI and AsyncAPI documents say what the code does; CI also runs Redocly and the AsyncAPI CLI. */
@QuarkusTest
class ApiDocumentsTest {

    @Test
    void everyOperationIsDocumentedWithItsErrorsAndSecurity() {
        JsonNode doc = ApiDocuments.openApi();
        assertThat(ApiDocuments.operationCount(doc)).isGreaterThanOrEqualTo(11);
        // The decision body is two fields; its schema documents them.
        assertThat(ApiDocuments.undocumentedOperations(doc, where -> !where.startsWith("POST ")
                || where.endsWith("/decision"))).isEmpty();
    }

    @Test
    void theAsyncApiDocumentDescribesEveryPayloadField() {
        JsonNode doc = ApiDocuments.asyncApi();
        assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/contactFacts/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ContactFacts.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/contactFacts/properties/children/items/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ContactFacts.Child.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/activityEntry/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ActivityEntry.class));
    }
}
