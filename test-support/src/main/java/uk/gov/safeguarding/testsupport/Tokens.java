package uk.gov.safeguarding.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import uk.gov.safeguarding.localinfra.LocalIssuer;

/** Bearer tokens from the tests' local issuer, for any role and subject. */
public final class Tokens {

    private static LocalIssuer issuer;
    private static LocalIssuer otherIssuer;

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

    /** Well-formed and unexpired, but signed with a key the service does not trust. */
    public static String forgedSignature(String role) {
        return otherIssuer().token("test-" + role, List.of(role), Duration.ofHours(1));
    }

    /** The claims of a real token with {@code alg: none} and no signature. */
    public static String unsigned(String role) {
        String[] parts = forRole(role).split("\\.");
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return header + "." + parts[1] + ".";
    }

    /** A real practitioner's token whose claims were edited to carry {@code role}, keeping the old signature. */
    public static String tampered(String role) {
        String[] real = forRole("practitioner").split("\\.");
        String[] wanted = forRole(role).split("\\.");
        return real[0] + "." + wanted[1] + "." + real[2];
    }

    private static synchronized LocalIssuer otherIssuer() {
        if (otherIssuer == null) {
            try {
                otherIssuer = LocalIssuer.inDirectory(java.nio.file.Files.createTempDirectory("forged-issuer-"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return otherIssuer;
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
