package uk.gov.safeguarding.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layers every service keeps, as ddd-by-examples/library keeps them with ArchUnit: run from one test
 * class per service, so a new service starts inside them.
 *
 * <ul>
 *   <li>{@code domain} knows nothing of HTTP, REST types, problem answers, Kafka or the outbox, and uses no
 *       other layer of the service;</li>
 *   <li>{@code repository} and {@code events} use no REST types, and repositories no service types.</li>
 * </ul>
 * JPA annotations on domain entities are still allowed (contacts-service's aggregates are Panache
 * entities); see the issue notes for the layers not yet held.
 */
public final class LayerRules {

    private LayerRules() {
    }

    public static List<ArchRule> rules(String servicePackage) {
        String p = servicePackage;
        return List.of(
                noClasses().that().resideInAPackage(p + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                                "io.vertx..", "io.quarkus.vertx..", "org.apache.kafka..", "io.smallrye.reactive..",
                                "uk.gov.safeguarding.chassis.problem..", "uk.gov.safeguarding.chassis.events..",
                                "uk.gov.safeguarding.chassis.rest..")
                        .as("domain knows nothing of HTTP, problem answers, Kafka or the outbox"),
                noClasses().that().resideInAPackage(p + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(p + ".rest..", p + ".service..",
                                p + ".repository..", p + ".events..", p + ".imports..", p + ".mapping..")
                        .as("domain uses no other layer of the service"),
                noClasses().that().resideInAnyPackage(p + ".repository..", p + ".events..")
                        .should().dependOnClassesThat().resideInAPackage(p + ".rest..")
                        .as("repositories and events use no REST types"),
                noClasses().that().resideInAPackage(p + ".repository..")
                        .should().dependOnClassesThat().resideInAPackage(p + ".service..")
                        .as("repositories take their own query types, not the services'"));
    }

    /**
     * The stricter rule a service meets once its services take and return their own command and result
     * types: REST is an adapter, and nothing but {@code rest} and {@code mapping} uses its types. Every
     * service is to meet it (issue 10, section 4); contacts-service does.
     */
    public static ArchRule restIsAnAdapter(String servicePackage) {
        String p = servicePackage;
        return noClasses().that().resideInAnyPackage(p + ".service..", p + ".imports..", p + ".repository..",
                        p + ".domain..", p + ".events..")
                .should().dependOnClassesThat().resideInAPackage(p + ".rest..")
                .as("only the REST adapter and its mapping use REST types; services take and return their own");
    }

    /** Checks {@link #restIsAnAdapter} on the service's main classes. */
    public static void checkRestIsAnAdapter(String servicePackage) {
        restIsAnAdapter(servicePackage).check(classes(servicePackage));
    }

    private static JavaClasses classes(String servicePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        if (classes.isEmpty()) {
            throw new IllegalStateException("No classes found in " + servicePackage);
        }
        return classes;
    }

    /** Checks every rule on the service's main classes (tests left out) and fails with every violation. */
    public static void check(String servicePackage) {
        JavaClasses classes = classes(servicePackage);
        for (ArchRule rule : rules(servicePackage)) {
            // A young service may not have every layer yet; the import above already fails on no classes.
            rule.allowEmptyShould(true).check(classes);
        }
    }
}
