package uk.gov.safeguarding.testsupport.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks a service's OpenAPI operations: every state change (any method but GET) and every child-level read
 * (a GET whose answer holds a {@code childRef} anywhere in its schema) must declare an activity log action,
 * and that action must be one of the service's named actions; every named action must be declared by some
 * operation. The annotation is read by name, so this module does not depend on the chassis.
 */
public final class ActivityLogCoverage {

    private static final String ANNOTATION = "uk.gov.safeguarding.chassis.activity.ActivityLogged";

    private ActivityLogCoverage() {
    }

    /**
     * @param actions  the service's action constants (its {@code ALL} list)
     * @param packages where the service's resource classes are (its own, and the chassis's it serves)
     */
    public static void check(JsonNode openApi, List<String> actions, String... packages) {
        List<String> failures = new ArrayList<>();
        Map<String, Method> methods = ResourceMethods.of(ResourceMethods.resourcesIn(packages));
        Set<String> declared = new TreeSet<>();
        int logged = 0;
        for (ApiOperation operation : ApiOperation.all(openApi)) {
            Method method = methods.get(operation.describe());
            if (method == null) {
                failures.add(operation.describe() + ": no resource method in the given packages declares it");
                continue;
            }
            String action = action(method);
            boolean changes = !"GET".equals(operation.method());
            boolean childLevel = !changes && answersChildRefs(openApi, operation);
            if (action == null) {
                if (changes || childLevel) {
                    failures.add(operation.describe() + ": " + (changes ? "changes state" : "reads child-level records")
                            + " but declares no @ActivityLogged action");
                }
                continue;
            }
            logged++;
            declared.add(action);
            if (!actions.contains(action)) {
                failures.add(operation.describe() + ": action " + action + " is not one of the service's named actions");
            }
        }
        for (String action : actions) {
            if (!declared.contains(action)) {
                failures.add("action " + action + " is named but no operation declares it");
            }
        }
        System.out.printf("Activity log coverage: %d operations, %d logged with %d actions%n",
                ApiOperation.all(openApi).size(), logged, declared.size());
        assertThat(failures).as("activity log coverage").isEmpty();
    }

    private static String action(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().getName().equals(ANNOTATION)) {
                try {
                    return (String) annotation.annotationType().getMethod("action").invoke(annotation);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private static boolean answersChildRefs(JsonNode doc, ApiOperation operation) {
        JsonNode op = doc.path("paths").path(operation.path()).path(operation.method().toLowerCase());
        Iterator<Map.Entry<String, JsonNode>> responses = op.path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (response.getKey().startsWith("2") && mentionsChildRef(doc, response.getValue(), new HashSet<>())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsChildRef(JsonNode doc, JsonNode node, Set<String> visited) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!visited.add(ref) || !ref.startsWith("#/")) {
                return false;
            }
            return mentionsChildRef(doc, doc.at(ref.substring(1)), visited);
        }
        if (node.path("properties").has("childRef")) {
            return true;
        }
        for (JsonNode child : node) {
            if (child.isContainerNode() && mentionsChildRef(doc, child, visited)) {
                return true;
            }
        }
        return false;
    }
}
