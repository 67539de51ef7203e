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
 *   <li>{@code repository} uses no service types: repositories take their own query types;</li>
 *   <li>REST is an adapter: only {@code rest} and {@code mapping} use REST types, and services take and
 *       return their own commands and results.</li>
 * </ul>
 * JPA annotations on domain entities are still allowed (contacts-service's aggregates are Panache
 * entities).
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
                noClasses().that().resideInAPackage(p + ".repository..")
                        .should().dependOnClassesThat().resideInAPackage(p + ".service..")
                        .as("repositories take their own query types, not the services'"),
                restIsAnAdapter(p));
    }

    /** Nothing but {@code rest} and {@code mapping} uses REST types: services take and return their own. */
    static ArchRule restIsAnAdapter(String servicePackage) {
        String p = servicePackage;
        return noClasses().that().resideInAnyPackage(p + ".service..", p + ".imports..", p + ".repository..",
                        p + ".domain..", p + ".events..")
                .should().dependOnClassesThat().resideInAPackage(p + ".rest..")
                .as("only the REST adapter and its mapping use REST types; services take and return their own");
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
        check(classes(servicePackage), servicePackage);
    }

    static void check(JavaClasses classes, String servicePackage) {
        for (ArchRule rule : rules(servicePackage)) {
            // A young service may not have every layer yet; the import above already fails on no classes.
            rule.allowEmptyShould(true).check(classes);
        }
    }
}
