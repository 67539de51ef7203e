package uk.gov.safeguarding.audit;

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
        postgres().ensureLoginRole(APP_ROLE, APP_PASSWORD);
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
