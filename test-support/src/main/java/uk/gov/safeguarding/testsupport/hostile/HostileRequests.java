package uk.gov.safeguarding.testsupport.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import uk.gov.safeguarding.testsupport.Tokens;

/**
 * Derives hostile requests for one operation from its OpenAPI description: the documented example
 * mutated field by field (missing, wrong type, boundary, huge, control characters, injection strings,
 * invalid dates, unknown codes), extra fields, huge arrays, malformed JSON and CSV, wrong content types
 * and charsets, bad path and query values, and missing, malformed, expired, forged and tampered tokens.
 */
final class HostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JSON_TYPE = "application/json";
    private static final java.util.Set<String> ALWAYS_KEPT = java.util.Set.of("token", "content-type", "malformed-body", "nul", "headers", "schema");

    private final ApiOperation operation;
    private final Random random;
    private final List<HostileRequest> requests = new ArrayList<>();
    private final RequestShape shape;
    private final Map<String, String> pathValues;
    private final Map<String, String> queryValues;
    private final String token;

    HostileRequests(ApiOperation operation, Random random, UnaryOperator<String> substitute) {
        this.operation = operation;
        this.random = random;
        this.shape = RequestShape.of(operation, random, substitute);
        this.pathValues = shape.pathValues();
        this.queryValues = shape.queryValues();
        this.token = operation.isOpen() || operation.roles().isEmpty() ? null
                : "Bearer " + Tokens.forRole(operation.roles().iterator().next());
    }

    /** Every request of every family, then at most {@code limit} of them: tokens, types and whole bodies always kept. */
    List<HostileRequest> generate(int limit) {
        tokens();
        pathParameters();
        queryParameters();
        ApiOperation.Body body = shape.body();
        if (body != null) {
            if (body.mediaType().contains("json") && !body.mediaType().contains("ndjson")) {
                jsonBody(body);
            } else {
                textBody(body);
            }
            contentTypes(body);
        }
        accepts();
        headers();
        List<HostileRequest> always = new ArrayList<>();
        List<HostileRequest> sampled = new ArrayList<>();
        for (HostileRequest request : requests) {
            (ALWAYS_KEPT.contains(request.kind()) ? always : sampled).add(request);
        }
        Collections.shuffle(sampled, random);
        List<HostileRequest> chosen = new ArrayList<>(always);
        chosen.addAll(sampled.subList(0, Math.max(0, Math.min(sampled.size(), limit - always.size()))));
        return chosen;
    }

    private void tokens() {
        String role = operation.isOpen() || operation.roles().isEmpty() ? "admin" : operation.roles().iterator().next();
        add("token", "no token", shape.target(), null, null, null);
        for (String header : List.of("Bearer", "Bearer ", "Bearer not-a-token", "Bearer a.b.c", "Bearer ....",
                "Basic dXNlcjpwYXNzd29yZA==", "Token " + Tokens.forRole(role), "Bearer " + "A".repeat(6000),
                "Bearer " + Tokens.expired(role), "Bearer " + Tokens.forgedSignature(role),
                "Bearer " + Tokens.unsigned("admin"), "Bearer " + Tokens.tampered("admin"))) {
            add("token", "Authorization: " + abbreviate(header), shape.target(), header, null, null);
        }
    }

    private void pathParameters() {
        for (String name : pathValues.keySet()) {
            for (String value : Values.hostile(random)) {
                Map<String, String> path = new LinkedHashMap<>(pathValues);
                path.put(name, value);
                add(kindOf("path", value), "path " + name + "=" + abbreviate(value), shape.target(path, queryValues), token, null, null);
            }
        }
    }

    private void queryParameters() {
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            if (!"query".equals(parameter.in())) {
                continue;
            }
            for (String value : Values.hostile(random)) {
                Map<String, String> query = new LinkedHashMap<>(queryValues);
                query.put(parameter.name(), value);
                add(kindOf("query", value), "query " + parameter.name() + "=" + abbreviate(value), shape.target(pathValues, query),
                        token, null, null);
            }
            String twice = shape.target() + (queryValues.isEmpty() ? "?" : "&")
                    + RequestShape.encode(parameter.name()) + "=1&" + RequestShape.encode(parameter.name()) + "=2";
            add("query", "query " + parameter.name() + " twice", twice, token, null, null);
        }
        String base = shape.target();
        String joiner = queryValues.isEmpty() ? "?" : "&";
        add("query", "unknown query parameter", base + joiner + "unknown%00=%00", token, null, null);
        add("query", "malformed percent-escape", base + joiner + "page=%zz", token, null, null);
        add("query", "14,000-character query", base + joiner + "q=" + "y".repeat(14_000), token, null, null);
        add("query", "70,000-character query", base + joiner + "q=" + "y".repeat(70_000), token, null, null);
    }

    private void jsonBody(ApiOperation.Body body) {
        String base = shape.example();
        JsonNode example;
        try {
            example = JSON.readTree(base);
        } catch (JsonProcessingException e) {
            example = NODES.objectNode();
        }
        List<String> pointers = new ArrayList<>();
        collect(example, "", pointers, 0);
        for (String pointer : pointers) {
            if (!pointer.isEmpty()) {
                mutateAt(example, pointer, "removed", null, true);
            }
            for (JsonNode wrong : List.of(NODES.numberNode(123), NODES.booleanNode(true), NODES.arrayNode(),
                    NODES.objectNode(), NODES.nullNode(), NODES.textNode("text"), NODES.numberNode(1.5),
                    NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(-1),
                    NODES.numberNode(Long.MIN_VALUE))) {
                mutateAt(example, pointer, "as " + wrong, wrong, false);
            }
            for (String text : Values.hostile(random)) {
                mutateAt(example, pointer, "as \"" + abbreviate(text) + "\"", NODES.textNode(text), false, kindOf("field", text));
            }
            mutateAt(example, pointer, "as a 200,000-character string", NODES.textNode(Values.huge(200_000)), false);
            boundaries(example, pointer, operation.schemaAt(body.schema(), pointer));
            JsonNode current = pointer.isEmpty() ? example : example.at(pointer);
            if (current.isArray() && !current.isEmpty()) {
                ArrayNode huge = NODES.arrayNode();
                for (int i = 0; i < 5_000; i++) {
                    huge.add(current.get(0).deepCopy());
                }
                mutateAt(example, pointer, "as 5,000 copies of its first element", huge, false);
                ArrayNode nulls = NODES.arrayNode();
                nulls.addNull();
                mutateAt(example, pointer, "as [null]", nulls, false);
            }
        }
        if (example.isObject()) {
            ObjectNode extra = example.deepCopy();
            extra.put("unexpectedField", "x");
            extra.put("actor", "someone-else");
            extra.put("id", java.util.UUID.randomUUID().toString());
            extra.set("__proto__", NODES.objectNode().put("admin", true));
            add("body", "extra fields", shape.target(), token, JSON_TYPE, bytes(extra.toString()));
        }
        StringBuilder deep = new StringBuilder();
        deep.append("[".repeat(5_000)).append("]".repeat(5_000));
        for (String malformed : List.of("", "{", "}", "[", "null", "[]", "\"text\"", "123", "true", "{\"a\":}",
                base + "}", base.length() > 2 ? base.substring(0, base.length() / 2) : "{\"", "\ufeff" + base,
                base + " trailing", "{'single':'quotes'}", "{\"a\":1,\"a\":2}", "\u0000", deep.toString(),
                "{\"a\":\"" + "z".repeat(1_200_000) + "\"}")) {
            add("malformed-body", "body " + abbreviate(malformed), shape.target(), token, JSON_TYPE,
                    bytes(malformed));
        }
        add("malformed-body", "body of invalid UTF-8", shape.target(), token, JSON_TYPE,
                new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'});
    }

    private void textBody(ApiOperation.Body body) {
        String base = shape.example();
        String type = body.mediaType();
        String[] lines = base.split("\r?\n", -1);
        List<String> variants = new ArrayList<>(List.of("", "\n\n\n", "\ufeff" + base, base.replace("\n", "\r\n"),
                base.replace(",", ";"), base + "\n\"unbalanced,quote\n", base + "\n" + "a,".repeat(2_000),
                base + "\n" + "q".repeat(200_000), base.replace("\n", "\n\u0000"), "\u0000\u0001\u0002\u0003",
                lines[0], "{\"not\":\"csv\"", base + "\n" + "{\"broken\": ", "<xml/>"));
        if (lines.length > 1) {
            for (String hostile : Values.hostile(random)) {
                String[] cells = lines[1].split(",", -1);
                int cell = random.nextInt(cells.length);
                cells[cell] = type.contains("ndjson") ? cells[cell] : hostile.replace("\"", "\"\"");
                String row = type.contains("ndjson")
                        ? lines[1].replaceFirst(":\"[^\"]*\"", ":" + NODES.textNode(hostile))
                        : String.join(",", cells);
                variants.add(lines[0] + "\n" + row + "\n");
            }
        }
        for (String variant : variants) {
            add("body", type + " body " + abbreviate(variant), shape.target(), token, type, bytes(variant));
        }
        add("malformed-body", type + " body of binary garbage", shape.target(), token, type, garbage());
    }

    private void contentTypes(ApiOperation.Body body) {
        byte[] payload = shape.bodyBytes();
        String target = shape.target();
        for (String type : List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1",
                "application/json; charset=no-such-charset", "application/json; charset=UTF-16",
                "text/csv; charset=EBCDIC", "*/*", "application/", ";;;", "application/json\u0000")) {
            add("content-type", "Content-Type: " + type, target, token, type.replace("\u0000", "%00"), payload);
        }
        add("content-type", "no Content-Type", target, token, null, payload);
    }

    private void headers() {
        for (int size : new int[]{20_000, 70_000}) {
            requests.add(new HostileRequest(operation, "headers", size + "-byte header", shape.target(),
                    token, Map.of("X-Padding", "p".repeat(size)),
                    shape.bodyBytes()));
        }
    }

    private void accepts() {
        for (String accept : List.of("application/xml", "text/html", "image/png", "*/*; q=abc", "text/csv; q=0")) {
            Map<String, String> headers = Map.of("Accept", accept);
            requests.add(new HostileRequest(operation, "accept", "Accept: " + accept, shape.target(),
                    token, headers, shape.bodyBytes()));
        }
    }

    /** Values at and just past the limits the schema states for the field: its own boundaries, not guesses. */
    private void boundaries(JsonNode example, String pointer, JsonNode schema) {
        if (schema.isMissingNode()) {
            return;
        }
        if (schema.has("maxLength")) {
            int max = schema.get("maxLength").asInt();
            mutateAt(example, pointer, "at maxLength " + max, NODES.textNode(Values.huge(max)), false, "schema");
            mutateAt(example, pointer, "past maxLength " + max, NODES.textNode(Values.huge(max + 1)), false, "schema");
        }
        if (schema.has("minLength") && schema.get("minLength").asInt() > 0) {
            mutateAt(example, pointer, "below minLength", NODES.textNode(Values.huge(schema.get("minLength").asInt() - 1)),
                    false, "schema");
        }
        for (String bound : List.of("maximum", "exclusiveMaximum")) {
            if (schema.path(bound).isNumber()) {
                java.math.BigDecimal max = schema.get(bound).decimalValue();
                mutateAt(example, pointer, "at " + bound, NODES.numberNode(max), false, "schema");
                mutateAt(example, pointer, "past " + bound, NODES.numberNode(max.add(java.math.BigDecimal.ONE)), false, "schema");
            }
        }
        for (String bound : List.of("minimum", "exclusiveMinimum")) {
            if (schema.path(bound).isNumber()) {
                java.math.BigDecimal min = schema.get(bound).decimalValue();
                mutateAt(example, pointer, "below " + bound, NODES.numberNode(min.subtract(java.math.BigDecimal.ONE)), false,
                        "schema");
            }
        }
        if (schema.has("maxItems")) {
            ArrayNode items = NODES.arrayNode();
            JsonNode current = example.at(pointer);
            JsonNode element = current.isArray() && !current.isEmpty() ? current.get(0) : NODES.textNode("x");
            for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                items.add(element.deepCopy());
            }
            mutateAt(example, pointer, "past maxItems", items, false, "schema");
        }
        if (schema.path("enum").isArray()) {
            mutateAt(example, pointer, "outside its enum", NODES.textNode("NOT_ONE_OF_THEM"), false, "schema");
        }
        if (schema.has("pattern")) {
            mutateAt(example, pointer, "not matching its pattern", NODES.textNode("!~ not the pattern ~!"), false, "schema");
        }
    }

    /** NUL is what PostgreSQL refuses outright: every field, path and query parameter is always tried with it. */
    private static String kindOf(String kind, String value) {
        return value.indexOf('\u0000') >= 0 ? "nul" : kind;
    }

    private void mutateAt(JsonNode example, String pointer, String what, JsonNode replacement, boolean remove) {
        mutateAt(example, pointer, what, replacement, remove, "field");
    }

    private void mutateAt(JsonNode example, String pointer, String what, JsonNode replacement, boolean remove,
                          String kind) {
        JsonNode copy = example.deepCopy();
        if (pointer.isEmpty()) {
            copy = remove ? NODES.objectNode() : replacement;
        } else {
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
            String key = pointer.substring(slash + 1);
            if (parent instanceof ObjectNode object) {
                if (remove) {
                    object.remove(key);
                } else {
                    object.set(key, replacement);
                }
            } else if (parent instanceof ArrayNode array) {
                int index = Integer.parseInt(key);
                if (remove) {
                    array.remove(index);
                } else {
                    array.set(index, replacement);
                }
            }
        }
        add(kind, (pointer.isEmpty() ? "body" : pointer) + " " + what, shape.target(), token,
                JSON_TYPE, bytes(String.valueOf(copy)));
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers, int depth) {
        pointers.add(pointer);
        if (depth > 3) {
            return;
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collect(node.get(name), pointer + "/" + name, pointers, depth + 1));
        } else if (node.isArray() && !node.isEmpty()) {
            collect(node.get(0), pointer + "/0", pointers, depth + 1);
        }
    }

    private void add(String kind, String description, String target, String authorization, String contentType,
                     byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        byte[] payload = body;
        if (payload == null && !operation.bodies().isEmpty()) {
            payload = shape.bodyBytes();
            headers.put("Content-Type", shape.body().mediaType());
        }
        requests.add(new HostileRequest(operation, kind, description, target, authorization, headers, payload));
    }

    private byte[] garbage() {
        byte[] bytes = new byte[4096];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    static String abbreviate(String value) {
        String printable = value.chars().mapToObj(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)).collect(java.util.stream.Collectors.joining());
        return printable.length() > 60 ? printable.substring(0, 40) + "…(" + value.length() + " chars)" : printable;
    }
}
