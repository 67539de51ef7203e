package uk.gov.safeguarding.testsupport.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One operation of an OpenAPI 3 document, as the generators need it. */
public record ApiOperation(String method, String path, String operationId, List<Parameter> parameters,
                           Map<String, Body> bodies, Set<String> roles, Set<String> documentedStatuses, JsonNode document) {

    /** A path or query parameter with its schema (refs resolved) and an example value where documented. */
    public record Parameter(String name, String in, boolean required, JsonNode schema, String example) {
    }

    /** A request body of one media type: its schema (refs resolved) and its documented example, if any. */
    public record Body(String mediaType, JsonNode schema, String example) {
    }

    public String describe() {
        return method + " " + path;
    }

    public boolean isOpen() {
        return roles == null;
    }

    /** Every operation of the document; roles are the bearer scheme's scopes ({@code null}: no token needed). */
    public static List<ApiOperation> all(JsonNode doc) {
        List<ApiOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!Set.of("get", "put", "post", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                operations.add(of(doc, method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }
        return operations;
    }

    private static ApiOperation of(JsonNode doc, String method, String path, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : op.path("parameters")) {
            JsonNode resolved = resolve(doc, parameter);
            JsonNode schema = resolve(doc, resolved.path("schema"));
            String example = resolved.hasNonNull("example") ? resolved.get("example").asText()
                    : schema.hasNonNull("example") ? schema.get("example").asText()
                    : schema.path("examples").isArray() && !schema.path("examples").isEmpty()
                    ? schema.path("examples").get(0).asText() : null;
            parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                    resolved.path("required").asBoolean(false), schema, example));
        }
        Map<String, Body> bodies = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> contents = op.path("requestBody").path("content").fields();
        while (contents.hasNext()) {
            Map.Entry<String, JsonNode> content = contents.next();
            JsonNode media = content.getValue();
            String example = null;
            if (media.hasNonNull("example")) {
                example = text(media.get("example"));
            } else if (media.path("examples").isObject() && media.path("examples").size() > 0) {
                example = text(media.path("examples").elements().next().path("value"));
            }
            bodies.put(content.getKey(), new Body(content.getKey(), resolve(doc, media.path("schema")), example));
        }
        Set<String> scopes = new LinkedHashSet<>();
        boolean secured = false;
        JsonNode security = op.has("security") ? op.get("security") : doc.path("security");
        for (JsonNode requirement : security) {
            for (JsonNode scheme : requirement) {
                secured = true;
                scheme.forEach(scope -> scopes.add(scope.asText()));
            }
        }
        Set<String> roles = secured ? scopes : null;
        Set<String> statuses = new LinkedHashSet<>();
        op.path("responses").fieldNames().forEachRemaining(statuses::add);
        return new ApiOperation(method, path, op.path("operationId").asText(null), parameters, bodies, roles, statuses,
                doc);
    }

    private static String text(JsonNode example) {
        return example.isTextual() ? example.asText() : example.toString();
    }

    /**
     * The schema of the value at a JSON pointer into a body of {@code schema} ({@code /children/0/childRef}),
     * following properties, array items and local refs; a missing node when the schema does not say.
     */
    JsonNode schemaAt(JsonNode schema, String pointer) {
        JsonNode current = resolve(document, schema);
        for (String step : pointer.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            current = step.chars().allMatch(Character::isDigit) && current.has("items")
                    ? resolve(document, current.get("items"))
                    : resolve(document, current.path("properties").path(step));
        }
        return current;
    }

    /** Follows a local {@code $ref} (one level is all the documents use per node). */
    static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 8 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                break;
            }
            current = doc.at(ref.substring(1));
        }
        return current;
    }
}
