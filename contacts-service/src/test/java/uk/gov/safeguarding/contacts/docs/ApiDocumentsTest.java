package uk.gov.safeguarding.contacts.docs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.chassis.activity.ActivityEntry;
import uk.gov.safeguarding.contacts.events.ContactFacts;

/** The OpenAPI and AsyncAPI documents say what the code does; CI also runs Redocly and the AsyncAPI CLI. */
@QuarkusTest
class ApiDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyOperationIsDocumentedWithItsErrorsAndSecurity() throws Exception {
        JsonNode doc = JSON.readTree(given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        List<String> problems = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        int operations = 0;
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode op = method.getValue();
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                if (!op.hasNonNull("operationId")) problems.add(where + ": no operationId");
                if (!op.hasNonNull("summary")) problems.add(where + ": no summary");
                if (!op.has("security") && !doc.has("security")) problems.add(where + ": no security");
                for (String status : List.of("401", "403")) {
                    if (!op.path("responses").has(status)) problems.add(where + ": no " + status);
                }
                if (op.has("requestBody") && method.getKey().equals("post") && !path.getKey().endsWith("/decision")
                        && op.toString().indexOf("\"example") < 0) {
                    problems.add(where + ": request body without an example");
                }
                boolean problemJson = false;
                Iterator<Map.Entry<String, JsonNode>> responses = op.path("responses").fields();
                while (responses.hasNext()) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    if (response.getKey().startsWith("4")) {
                        problemJson |= response.getValue().path("content").has("application/problem+json");
                    }
                }
                if (!problemJson) problems.add(where + ": errors not documented as problem+json");
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(11);
        assertThat(problems).isEmpty();
    }

    @Test
    void theAsyncApiDocumentDescribesEveryPayloadField() throws Exception {
        JsonNode doc = YAML.readTree(new File("src/main/asyncapi/asyncapi.yaml"));
        assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(fields(doc.at("/components/schemas/contactFacts/properties")))
                .containsExactlyInAnyOrderElementsOf(components(ContactFacts.class));
        assertThat(fields(doc.at("/components/schemas/contactFacts/properties/children/items/properties")))
                .containsExactlyInAnyOrderElementsOf(components(ContactFacts.Child.class));
        assertThat(fields(doc.at("/components/schemas/activityEntry/properties")))
                .containsExactlyInAnyOrderElementsOf(components(ActivityEntry.class));
    }

    private static List<String> fields(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
