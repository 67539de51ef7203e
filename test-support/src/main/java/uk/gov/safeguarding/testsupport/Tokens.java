package uk.gov.safeguarding.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import uk.gov.safeguarding.localinfra.LocalIssuer;

/** Bearer tokens from the tests' local issuer, for any role and subject. */
public final class Tokens {

    private static LocalIssuer issuer;

    private Tokens() {
    }

    public static String forRole(String role) {
        return forSubject("test-" + role, role);
    }

    public static String forSubject(String subject, String... roles) {
        return issuer().token(subject, List.of(roles), Duration.ofHours(1));
    }

    public static String expired(String role) {
        return issuer().token("test-" + role, List.of(role), Duration.ofSeconds(-120));
    }

    private static synchronized LocalIssuer issuer() {
        if (issuer == null) {
            String dir = System.getProperty(SuiteTestInfrastructure.ISSUER_DIR);
            if (dir == null) {
                throw new IllegalStateException("SuiteTestInfrastructure has not started");
            }
            issuer = LocalIssuer.inDirectory(Path.of(dir));
        }
        return issuer;
    }
}
