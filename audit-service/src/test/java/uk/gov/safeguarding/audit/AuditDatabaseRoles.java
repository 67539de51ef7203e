package uk.gov.safeguarding.audit;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.localinfra.FreePorts;
import uk.gov.safeguarding.localinfra.LocalIssuer;
import uk.gov.safeguarding.localinfra.LocalTokenEndpoint;
import uk.gov.safeguarding.testsupport.SuiteTestInfrastructure;

/**
 * As the suite's test infrastructure, but the service connects as {@code audit_app} (which cannot change or
 * remove log entries) while its migrations run as the database's owner, whose credentials the tampering tests
 * take from the {@code audit.test.owner.*} system properties.
 */
public class AuditDatabaseRoles extends SuiteTestInfrastructure {

    public static final String APP_ROLE = "audit_app";
    static final String APP_PASSWORD = "audit-app-test";
    static final String CLIENT_SECRET = "audit-client-test";
    /** The port the tests' stand-in for contacts-service and kpi-service listens on ({@link RecordSources}). */
    public static final String RECORDS_PORT = "audit.test.records-port";

    private LocalTokenEndpoint tokens;

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

        // audit-service's own token comes from the issuer's token endpoint, as in production
        tokens = LocalTokenEndpoint.start(LocalIssuer.inDirectory(Path.of(System.getProperty(ISSUER_DIR))), 0,
                Map.of("audit-service", new LocalTokenEndpoint.Client(CLIENT_SECRET, List.of("integration"))));
        config.put("quarkus.oidc-client.auth-server-url", tokens.baseUrl());
        config.put("quarkus.oidc-client.credentials.secret", CLIENT_SECRET);
        int records = FreePorts.next();
        System.setProperty(RECORDS_PORT, Integer.toString(records));
        config.put("quarkus.rest-client.contacts-service.url", "http://127.0.0.1:" + records);
        config.put("quarkus.rest-client.kpi-service.url", "http://127.0.0.1:" + records);
        return config;
    }

    @Override
    public void stop() {
        if (tokens != null) {
            tokens.close();
        }
        super.stop();
    }
}
