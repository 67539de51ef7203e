package uk.gov.safeguarding.testsupport.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import uk.gov.safeguarding.testsupport.Tokens;

/**
 * Every operation of the OpenAPI document × every role × no token: no token answers 401, a role the
 * operation's {@code @RolesAllowed} leaves out 403, and an allowed role a status the operation documents.
 * The roles come from the resource methods' annotations, and must be the ones the document states.
 */
public final class RoleMatrix {

    private final List<ApiOperation> operations;
    private final List<String> roles;
    private final List<Class<?>> resources;
    private UnaryOperator<String> substitute = UnaryOperator.identity();

    private RoleMatrix(JsonNode openApi, List<String> roles, List<Class<?>> resources) {
        this.operations = ApiOperation.all(openApi);
        this.roles = roles;
        this.resources = resources;
    }

    /** @param packages where the service's resource classes are (its own, and the chassis's it serves) */
    public static RoleMatrix of(JsonNode openApi, List<String> roles, String... packages) {
        return new RoleMatrix(openApi, roles, ResourceMethods.resourcesIn(packages));
    }

    /** As {@link HostileInput#replacing}: keeps what allowed roles store away from other tests' councils. */
    public RoleMatrix replacing(String from, String to) {
        UnaryOperator<String> before = substitute;
        this.substitute = text -> text == null ? null : before.apply(text).replace(from, to);
        return this;
    }

    public void check() {
        List<String> failures = new ArrayList<>();
        Map<String, Set<String>> annotated = annotatedRoles(failures);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(1);
        int sent = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        for (ApiOperation operation : operations) {
            Set<String> allowed = annotated.get(operation.describe());
            if (allowed == null) {
                failures.add(operation.describe() + ": no resource method among the " + resources.size()
                        + " resource classes declares it");
                continue;
            }
            if (!operation.isOpen() && !new LinkedHashSet<>(operation.roles()).equals(allowed)) {
                failures.add(operation.describe() + ": the document says roles " + operation.roles()
                        + " but @RolesAllowed says " + allowed);
            }
            RequestShape shape = RequestShape.of(operation, random, substitute);
            int status = send(client, shape, null);
            sent++;
            outcomes.merge("no token " + status, 1, Integer::sum);
            if (status != 401) {
                failures.add(operation.describe() + " with no token answered " + status + ", not 401");
            }
            for (String role : roles) {
                status = send(client, shape, Tokens.forSubject("matrix-" + role, role));
                sent++;
                boolean mayAct = allowed.contains(role);
                outcomes.merge((mayAct ? "allowed " : "refused ") + status, 1, Integer::sum);
                if (!mayAct && status != 403) {
                    failures.add(operation.describe() + " as " + role + " answered " + status + ", not 403");
                }
                if (mayAct && (status == 401 || status == 403 || status >= 500
                        || !operation.documentedStatuses().contains(String.valueOf(status)))) {
                    failures.add(operation.describe() + " as " + role + " answered " + status
                            + ", which it does not document " + operation.documentedStatuses());
                }
            }
        }
        System.out.printf("Role matrix: %d operations x (%d roles + no token) = %d requests; outcomes %s%n",
                operations.size(), roles.size(), sent, outcomes);
        assertThat(failures).as("role matrix").isEmpty();
    }

    private int send(HttpClient client, RequestShape shape, String token) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + shape.target()))
                    .timeout(Duration.ofSeconds(30))
                    .method(shape.method(), shape.bodyBytes() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(shape.bodyBytes()));
            if (shape.contentType() != null) {
                builder.header("Content-Type", shape.contentType());
            }
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return client.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(shape.method() + " " + shape.target() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** "METHOD /path" to the roles its resource method (or class) allows; empty for {@code @PermitAll}. */
    private Map<String, Set<String>> annotatedRoles(List<String> failures) {
        Map<String, Set<String>> roles = new TreeMap<>();
        ResourceMethods.of(resources).forEach((operation, method) -> {
            RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                    ? method.getAnnotation(RolesAllowed.class) : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
            if (allowed == null && !method.isAnnotationPresent(PermitAll.class)) {
                failures.add(operation + ": neither @RolesAllowed nor @PermitAll");
                return;
            }
            roles.put(operation, allowed == null ? Set.of() : new LinkedHashSet<>(List.of(allowed.value())));
        });
        return roles;
    }
}
