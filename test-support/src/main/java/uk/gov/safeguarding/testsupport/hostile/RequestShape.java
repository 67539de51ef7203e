package uk.gov.safeguarding.testsupport.hostile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The plain, documented form of a request to an operation: plausible path values, required query values,
 * and the example of its main body (JSON where it takes JSON). The role matrix sends it as it is; the
 * hostile generator mutates it part by part.
 *
 * @param example the main body's documented example, or an empty one; {@code null} when it takes no body
 */
record RequestShape(ApiOperation operation, Map<String, String> pathValues, Map<String, String> queryValues,
                    ApiOperation.Body body, String example) {

    static RequestShape of(ApiOperation operation, Random random, UnaryOperator<String> substitute) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            String value = substitute.apply(Values.plausible(parameter.schema(), parameter.example(), parameter.name(), random));
            if ("path".equals(parameter.in())) {
                path.put(parameter.name(), value);
            } else if ("query".equals(parameter.in()) && parameter.required()) {
                query.put(parameter.name(), value);
            }
        }
        ApiOperation.Body body = operation.bodies().values().stream()
                .filter(b -> b.mediaType().equals("application/json")).findFirst()
                .orElse(operation.bodies().isEmpty() ? null : operation.bodies().values().iterator().next());
        String example = body == null ? null : body.example() == null
                ? (body.mediaType().contains("json") ? "{}" : "") : substitute.apply(body.example());
        return new RequestShape(operation, Map.copyOf(path), Map.copyOf(query), body, example);
    }

    String method() {
        return operation.method();
    }

    String target() {
        return target(pathValues, queryValues);
    }

    /** The operation's path with these path values, and these query values, percent-encoded. */
    String target(Map<String, String> path, Map<String, String> query) {
        String result = operation.path();
        for (Map.Entry<String, String> parameter : path.entrySet()) {
            result = result.replace("{" + parameter.getKey() + "}", encode(parameter.getValue()));
        }
        if (!query.isEmpty()) {
            StringBuilder builder = new StringBuilder(result).append('?');
            query.forEach((name, value) -> builder.append(encode(name)).append('=').append(encode(value)).append('&'));
            result = builder.substring(0, builder.length() - 1);
        }
        return result;
    }

    String contentType() {
        return body == null ? null : body.mediaType();
    }

    byte[] bodyBytes() {
        return example == null ? null : example.getBytes(StandardCharsets.UTF_8);
    }

    /** Percent-encodes every byte outside the unreserved set, as a careful client would (so %00 arrives as NUL). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
