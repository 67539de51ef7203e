package uk.gov.safeguarding.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import uk.gov.safeguarding.testsupport.SuiteTestInfrastructure;

/**
 * As the suite's test infrastructure, but the service connects as {@code audit_app} (which cannot change or
 * remove log entries) while its migrations run as the database's owner, whose credentials the tampering tests
 * take from the {@code audit.test.owner.*} system properties.
 */
public class AuditDatabaseRoles extends SuiteTestInfrastructure {

    public static final String APP_ROLE = "audit_app";
    static final String APP_PASSWORD = "audit-app-test";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String url = config.get("quarkus.datasource.jdbc.url");
        String owner = config.get("quarkus.datasource.username");
        String ownerPassword = config.get("quarkus.datasource.password");
        try (Connection connection = DriverManager.getConnection(url, owner, ownerPassword);
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN
                        CREATE ROLE %1$s LOGIN PASSWORD '%2$s';
                      ELSE
                        ALTER ROLE %1$s LOGIN PASSWORD '%2$s';
                      END IF;
                    END $$""".formatted(APP_ROLE, APP_PASSWORD));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the audit-service database role", e);
        }
        config.put("quarkus.flyway.username", owner);
        config.put("quarkus.flyway.password", ownerPassword);
        config.put("quarkus.datasource.username", APP_ROLE);
        config.put("quarkus.datasource.password", APP_PASSWORD);
        System.setProperty("audit.test.owner.url", url);
        System.setProperty("audit.test.owner.user", owner);
        System.setProperty("audit.test.owner.password", ownerPassword == null ? "" : ownerPassword);
        return config;
    }
}
