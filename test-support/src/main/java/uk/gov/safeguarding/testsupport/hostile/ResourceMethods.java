package uk.gov.safeguarding.testsupport.hostile;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JAX-RS methods of resource classes, by "METHOD /path" as the OpenAPI document names operations. */
final class ResourceMethods {

    private ResourceMethods() {
    }

    /**
     * Every JAX-RS resource class (annotated {@code @Path}) of these packages' main classes: found, not listed
     * by hand, so a new resource cannot be left out of the tests that walk them. Loaded by the test's own
     * class loader, as the application's classes are under {@code @QuarkusTest}.
     */
    static List<Class<?>> resourcesIn(String... packages) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages);
        List<Class<?>> resources = new java.util.ArrayList<>();
        for (JavaClass type : classes) {
            // a REST client interface (another service's API, called by this one) carries @Path too
            if (type.isAnnotatedWith(Path.class)
                    && !type.isAnnotatedWith("org.eclipse.microprofile.rest.client.inject.RegisterRestClient")) {
                try {
                    resources.add(Class.forName(type.getName(), false, Thread.currentThread().getContextClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (resources.isEmpty()) {
            throw new IllegalStateException("No resource classes in " + String.join(", ", packages));
        }
        return resources;
    }

    static Map<String, Method> of(List<Class<?>> resources) {
        Map<String, Method> methods = new TreeMap<>();
        for (Class<?> resource : resources) {
            String classPath = resource.isAnnotationPresent(Path.class) ? resource.getAnnotation(Path.class).value() : "";
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    String path = join(classPath, method.isAnnotationPresent(Path.class)
                            ? method.getAnnotation(Path.class).value() : "");
                    methods.put(httpMethod + " " + path, method);
                }
            }
        }
        return methods;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        String joined = ("/" + a + "/" + b).replaceAll("/+", "/");
        // regex templates such as {code: [A-Z_]+} are named plainly in the document
        joined = joined.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
