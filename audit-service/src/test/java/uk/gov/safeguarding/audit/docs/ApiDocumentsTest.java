package uk.gov.safeguarding.audit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.service.Checkpoints;
import uk.gov.safeguarding.audit.service.AuditEvent;
import uk.gov.safeguarding.audit.service.CaseAuditEvent;
import uk.gov.safeguarding.audit.service.EscalationEvent;
import uk.gov.safeguarding.audit.service.RecommendationEvent;
import uk.gov.safeguarding.audit.service.SampleDrawn;
import uk.gov.safeguarding.chassis.activity.ActivityEntry;
import uk.gov.safeguarding.testsupport.ApiDocuments;

/** The OpenAPI and AsyncAPI documents say what the code does; CI also runs Redocly and the AsyncAPI CLI. */
@QuarkusTest
class ApiDocumentsTest {

    @Test
    void everyOperationIsDocumentedWithItsErrorsAndSecurity() {
        JsonNode doc = ApiDocuments.openApi();
        assertThat(ApiDocuments.operationCount(doc)).isGreaterThanOrEqualTo(10);
        assertThat(ApiDocuments.undocumentedOperations(doc, where -> false)).isEmpty();
        assertThat(doc.at("/paths/~1api~1v1~1activity-log~1entries/get/responses/200/content").has("text/csv")).isTrue();
    }

    @Test
    void theAsyncApiDocumentDescribesEveryPayloadField() {
        JsonNode doc = ApiDocuments.asyncApi();
        assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/checkpointSigned/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(Checkpoints.CheckpointSigned.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/sampleDrawn/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(SampleDrawn.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/escalation/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(EscalationEvent.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/audit/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(AuditEvent.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/caseAudit/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(CaseAuditEvent.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/recommendation/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(RecommendationEvent.class));
        assertThat(ApiDocuments.propertyNames(doc.at("/components/schemas/activityEntry/properties")))
                .containsExactlyInAnyOrderElementsOf(ApiDocuments.recordFields(ActivityEntry.class));
    }
}
