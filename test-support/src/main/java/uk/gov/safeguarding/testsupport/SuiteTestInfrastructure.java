package uk.gov.safeguarding.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.localinfra.FreePorts;
import uk.gov.safeguarding.localinfra.KafkaBroker;
import uk.gov.safeguarding.localinfra.LocalIssuer;
import uk.gov.safeguarding.localinfra.LocalTokenEndpoint;
import uk.gov.safeguarding.localinfra.PostgresServer;

/**
 * Starts what a service's tests run against, once per test JVM: a real PostgreSQL (embedded, or the
 * server named by {@code SUITE_TEST_DB_URL}, in a fresh database per run), a real Kafka broker with the
 * suite's topics created up front, and a local token issuer with its token endpoint.
 *
 * <p>Register it globally from each service's tests with
 * {@code @WithTestResource(value = SuiteTestInfrastructure.class, scope = TestResourceScope.GLOBAL)}.
 */
public class SuiteTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER_DIR = "suite.test.issuer.dir";
    static final String BOOTSTRAP = "suite.test.kafka.bootstrap";
    /** The secret of every service's token client at the tests' token endpoint. */
    public static final String CLIENT_SECRET = "suite-test-client";
    /** The port a test's stand-in for the services this one calls listens on ({@code quarkus.rest-client.*.url}). */
    public static final String PEERS_PORT = "suite.test.peers-port";
    /** The services that call others with a token of their own (client credentials, role integration). */
    static final List<String> CLIENTS = List.of("audit-service", "action-plan-service");

    private PostgresServer postgres;
    private KafkaBroker broker;
    private TcpProxy databaseProxy;
    private String database;
    private Path workDir;
    private LocalTokenEndpoint tokens;

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("suite-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres = startPostgres();
        database = "suite_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        postgres.ensureDatabase(database);

        broker = KafkaBroker.onFreePorts(workDir.resolve("kafka")).start();
        broker.createTopics(Topics.withDeadLetters(), 3);

        LocalIssuer issuer = LocalIssuer.inDirectory(workDir.resolve("issuer"));

        // Tests reach the broker and issuer through JVM-wide state: the test classes may be
        // loaded by another class loader than this resource, so statics would not be shared.
        System.setProperty(ISSUER_DIR, workDir.resolve("issuer").toString());
        System.setProperty(BOOTSTRAP, broker.bootstrapServers());
        BrokerControl.register(broker);

        // The service reaches PostgreSQL through a relay a test can cut (DatabaseControl).
        String directUrl = postgres.jdbcUrl(database);
        databaseProxy = TcpProxy.start(hostOf(directUrl), portOf(directUrl));
        DatabaseControl.register(databaseProxy);

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", throughProxy(directUrl, databaseProxy.port()));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", issuer.jwksFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", LocalIssuer.ISSUER);
        config.put("mp.jwt.verify.audiences", LocalIssuer.AUDIENCE);

        // a service's own token comes from the issuer's token endpoint, as in production; the services it calls
        // are a test's stand-in on one port
        Map<String, LocalTokenEndpoint.Client> clients = new HashMap<>();
        CLIENTS.forEach(client -> clients.put(client, new LocalTokenEndpoint.Client(CLIENT_SECRET, List.of("integration"))));
        tokens = LocalTokenEndpoint.start(issuer, 0, clients);
        config.put("quarkus.oidc-client.auth-server-url", tokens.baseUrl());
        config.put("quarkus.oidc-client.credentials.secret", CLIENT_SECRET);
        int peers = FreePorts.next();
        System.setProperty(PEERS_PORT, Integer.toString(peers));
        for (String peer : List.of("contacts-service", "kpi-service", "audit-service")) {
            config.put("quarkus.rest-client." + peer + ".url", "http://127.0.0.1:" + peers);
        }
        return config;
    }

    /** The PostgreSQL the tests run against, for a service's test resource that needs more of it (a role). */
    protected PostgresServer postgres() {
        return postgres;
    }

    static String hostOf(String jdbcUrl) {
        return java.net.URI.create(jdbcUrl.substring("jdbc:".length())).getHost();
    }

    static int portOf(String jdbcUrl) {
        java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        return uri.getPort() < 0 ? 5432 : uri.getPort();
    }

    static String throughProxy(String jdbcUrl, int proxyPort) {
        java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        String hostAndPort = uri.getRawAuthority();
        return jdbcUrl.replaceFirst(java.util.regex.Pattern.quote(hostAndPort), "127.0.0.1:" + proxyPort);
    }

    private static PostgresServer startPostgres() {
        String url = System.getenv("SUITE_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return PostgresServer.external(url, System.getenv().getOrDefault("SUITE_TEST_DB_USER", "postgres"),
                    System.getenv().getOrDefault("SUITE_TEST_DB_PASSWORD", ""));
        }
        return PostgresServer.embedded(null, 0);
    }

    @Override
    public void stop() {
        if (tokens != null) {
            tokens.close();
        }
        if (databaseProxy != null) {
            databaseProxy.close();
        }
        if (broker != null) {
            broker.stop();
        }
        if (postgres != null) {
            if (!postgres.isEmbedded()) {
                postgres.dropDatabase(database);
            }
            postgres.close();
        }
        deleteWorkDir();
    }

    /** The broker's log and the issuer's key are only for this run. */
    private void deleteWorkDir() {
        if (workDir == null) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(workDir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not remove " + workDir + ": " + e.getMessage());
        }
    }
}
