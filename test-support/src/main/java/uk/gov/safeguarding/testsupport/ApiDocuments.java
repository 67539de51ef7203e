package uk.gov.safeguarding.testsupport;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What every service's documents must hold, checked the same way everywhere: each OpenAPI operation
 * with its id, summary, security, 401/403 and problem+json errors; each AsyncAPI payload naming exactly
 * the fields of the record the code sends. CI also runs Redocly and the AsyncAPI CLI on them.
 */
public final class ApiDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ApiDocuments() {
    }

    /** The running service's OpenAPI document. */
    /** A body that is only files (a workbook, say) has no example to print: its description says what it holds. */
    private static boolean onlyFiles(JsonNode requestBody) {
        JsonNode content = requestBody.path("content");
        if (content.isEmpty()) {
            return false;
        }
        for (JsonNode media : content) {
            if (!"binary".equals(media.path("schema").path("format").asText())) {
                return false;
            }
        }
        return true;
    }

    public static JsonNode openApi() {
        try {
            return JSON.readTree(given().accept("application/json").when().get("/q/openapi")
                    .then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's AsyncAPI document, from its source tree. */
    public static JsonNode asyncApi() {
        try {
            return YAML.readTree(new File("src/main/asyncapi/asyncapi.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every way an operation falls short, as "METHOD /path: what"; empty when all are documented.
     *
     * @param exampleNotNeeded request bodies (by "METHOD /path") that may go without an example
     */
    public static List<String> undocumentedOperations(JsonNode doc, Predicate<String> exampleNotNeeded) {
        List<String> problems = new ArrayList<>();
        if (!"bearer".equals(doc.at("/components/securitySchemes/bearer/scheme").asText())) {
            problems.add("no bearer security scheme");
        }
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode op = method.getValue();
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                if (!op.hasNonNull("operationId")) problems.add(where + ": no operationId");
                if (!op.hasNonNull("summary")) problems.add(where + ": no summary");
                if (!op.has("security") && !doc.has("security")) problems.add(where + ": no security");
                for (String status : List.of("401", "403")) {
                    if (!op.path("responses").has(status)) problems.add(where + ": no " + status);
                }
                if (op.has("requestBody") && !exampleNotNeeded.test(where) && !op.path("requestBody").toString()
                        .contains("\"example") && !onlyFiles(op.path("requestBody"))) {
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
        return problems;
    }

    public static int operationCount(JsonNode doc) {
        int count = 0;
        for (JsonNode path : doc.get("paths")) {
            count += path.size();
        }
        return count;
    }

    /** The property names of a schema's {@code properties} node. */
    public static List<String> propertyNames(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The field names a record is serialised with. */
    public static List<String> recordFields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
