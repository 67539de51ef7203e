package uk.gov.safeguarding.testsupport.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.UnaryOperator;

/** The plain, documented form of a request to an operation: example path values, required query values and body. */
record RequestShape(String method, String target, String contentType, byte[] body) {

    static RequestShape of(ApiOperation operation, Random random, UnaryOperator<String> substitute) {
        String target = operation.path();
        StringBuilder query = new StringBuilder();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            String value = substitute.apply(Values.plausible(parameter.schema(), parameter.example(), parameter.name(), random));
            if ("path".equals(parameter.in())) {
                target = target.replace("{" + parameter.name() + "}", HostileRequests.encode(value));
            } else if ("query".equals(parameter.in()) && parameter.required()) {
                query.append(query.isEmpty() ? '?' : '&').append(HostileRequests.encode(parameter.name())).append('=')
                        .append(HostileRequests.encode(value));
            }
        }
        if (operation.bodies().isEmpty()) {
            return new RequestShape(operation.method(), target + query, null, null);
        }
        ApiOperation.Body body = operation.bodies().values().stream().filter(b -> b.mediaType().equals("application/json"))
                .findFirst().orElse(operation.bodies().values().iterator().next());
        String example = body.example() == null ? (body.mediaType().contains("json") ? "{}" : "") : substitute.apply(body.example());
        return new RequestShape(operation.method(), target + query, body.mediaType(), example.getBytes(StandardCharsets.UTF_8));
    }
}
