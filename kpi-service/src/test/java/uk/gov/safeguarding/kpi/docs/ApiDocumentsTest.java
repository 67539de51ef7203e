package uk.gov.safeguarding.kpi.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.chassis.activity.ActivityEntry;
import uk.gov.safeguarding.kpi.events.ContactEvent;
import uk.gov.safeguarding.kpi.events.MonthPublished;
import uk.gov.safeguarding.kpi.events.ThresholdBreachWithdrawn;
import uk.gov.safeguarding.kpi.events.ThresholdBreached;
import uk.gov.safeguarding.testsupport.ApiDocuments;

/** The OpenAPI and AsyncAPI documents say what the code does; CI also runs Redocly and the AsyncAPI CLI. */
@QuarkusTest
class ApiDocumentsTest {

    @Test
    void everyOperationIsDocumentedWithItsErrorsAndSecurity() {
        JsonNode doc = ApiDocuments.openApi();
        assertThat(ApiDocuments.operationCount(doc)).isGreaterThanOrEqualTo(18);
        assertThat(ApiDocuments.undocumentedOperations(doc, where -> false)).isEmpty();
        assertThat(doc.at("/paths/~1api~1v1~1scorecards~1{localAuthority}~1{month}/get/responses/200/content")
                .has("text/csv")).isTrue();
    }

    @Test
    void theAsyncApiDocumentDescribesEveryPayloadField() {
        JsonNode doc = ApiDocuments.asyncApi();
        assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/monthPublished/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(MonthPublished.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/thresholdBreached/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ThresholdBreached.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/thresholdBreached/properties/redMonths/items/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ThresholdBreached.MonthValue.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/thresholdBreachWithdrawn/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ThresholdBreachWithdrawn.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/thresholdBreachWithdrawn/properties/months/items/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ThresholdBreachWithdrawn.MonthRating.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/contactEvent/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ContactEvent.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/activityEntry/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ActivityEntry.class));
    }
}
