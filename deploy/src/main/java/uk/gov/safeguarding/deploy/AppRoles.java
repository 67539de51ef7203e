package uk.gov.safeguarding.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Secrets the local stack makes once and keeps in its data directory: the passwords of the database roles
 * services run as instead of the owner (audit-service: no UPDATE, DELETE or TRUNCATE on the activity log; the
 * role itself is made with local-infra's {@code PostgresServer.ensureLoginRole} before the service starts), and
 * the secrets of token clients (audit-service calling the others with a token of its own).
 */
final class AppRoles {

    private AppRoles() {
    }

    static String password(Path dataDir, String role) {
        Path file = dataDir.resolve(role + ".password");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            Files.createDirectories(dataDir);
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("The password of role " + role + " cannot be kept in " + file, e);
        }
    }
}
