package uk.gov.safeguarding.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import uk.gov.safeguarding.localinfra.PostgresServer;

/**
 * Database roles a service runs as instead of the owner (audit-service: no UPDATE, DELETE or TRUNCATE on the
 * activity log). Made, or given LOGIN again, before the service starts; the password is made once and kept in
 * the stack's data directory.
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

    static void ensure(PostgresServer postgres, String role, String password) throws SQLException {
        if (!role.matches("[a-z_][a-z0-9_]*") || !password.matches("[0-9a-f]+")) {
            throw new IllegalArgumentException("role and password must be plain identifiers");
        }
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(),
                postgres.password()); Statement statement = connection.createStatement()) {
            statement.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN
                        CREATE ROLE %1$s LOGIN PASSWORD '%2$s';
                      ELSE
                        ALTER ROLE %1$s LOGIN PASSWORD '%2$s';
                      END IF;
                    END $$""".formatted(role, password));
        }
    }
}
