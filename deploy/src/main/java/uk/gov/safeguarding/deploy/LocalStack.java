package uk.gov.safeguarding.deploy;

import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.localinfra.KafkaBroker;
import uk.gov.safeguarding.localinfra.LocalIssuer;
import uk.gov.safeguarding.localinfra.LocalTokenEndpoint;
import uk.gov.safeguarding.localinfra.PostgresServer;

/**
 * The whole suite on one machine: PostgreSQL (embedded, or the server a URL names), a Kafka broker,
 * every service as its own JVM, and demo data on the first start. Data is kept in {@code .suite/}
 * between runs; {@code --fresh} starts again. Ctrl-C stops everything this started.
 */
public final class LocalStack {

    record ServiceSpec(String name, int port, String database, String envPrefix, String appRole) {

        /**
         * What a service needs to run against this PostgreSQL, broker and issuer; {@code peers} are the other
         * services' addresses by name, for one that calls them with its own token from {@code tokenServer}.
         */
        Map<String, String> environment(PostgresServer postgres, String kafkaBootstrap, LocalIssuer issuer, Path dataDir,
                                        String tokenServer, Map<String, String> peers) {
            Map<String, String> environment = new java.util.HashMap<>(Map.of(
                    envPrefix + "_DB_URL", postgres.jdbcUrl(database),
                    envPrefix + "_DB_USER", postgres.user(),
                    envPrefix + "_DB_PASSWORD", postgres.password(),
                    "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap,
                    "SUITE_TOKEN_KEYS", issuer.jwksFile().toString(),
                    "SUITE_TOKEN_ISSUER", LocalIssuer.ISSUER,
                    "SUITE_TOKEN_AUDIENCE", LocalIssuer.AUDIENCE,
                    envPrefix + "_SPOOL_DIR", dataDir.resolve("spool").resolve(database).toString(),
                    "SUITE_PUBLIC_URL", "http://localhost:" + port));
            if (appRole != null) {
                // the service runs as its own role; its migrations as the owner
                environment.put(envPrefix + "_DB_USER", appRole);
                environment.put(envPrefix + "_DB_PASSWORD", AppRoles.password(dataDir, appRole));
                environment.put(envPrefix + "_DB_OWNER", postgres.user());
                environment.put(envPrefix + "_DB_OWNER_PASSWORD", postgres.password());
            }
            if (name.equals("audit-service")) {
                environment.put("AUDIT_LOG_SIGNER_KEY_FILE", dataDir.resolve("activity-log-signer.key").toString());
                environment.put("AUDIT_LOG_CREATE_KEY", "true");
                // populations are fetched from contacts-service and kpi-service with audit-service's own token
                environment.put("SUITE_TOKEN_SERVER", tokenServer);
                environment.put("AUDIT_CLIENT_ID", AUDIT_CLIENT);
                environment.put("AUDIT_CLIENT_SECRET", AppRoles.password(dataDir, AUDIT_CLIENT + "-client"));
                environment.put("CONTACTS_SERVICE_URL", peers.getOrDefault("contacts-service", "http://localhost:8081"));
                environment.put("KPI_SERVICE_URL", peers.getOrDefault("kpi-service", "http://localhost:8082"));
            }
            if (name.equals("action-plan-service")) {
                // recommendations raised in audit-service are read from it with action-plan-service's own token
                environment.put("SUITE_TOKEN_SERVER", tokenServer);
                environment.put("ACTIONPLAN_CLIENT_ID", ACTIONPLAN_CLIENT);
                environment.put("ACTIONPLAN_CLIENT_SECRET", AppRoles.password(dataDir, ACTIONPLAN_CLIENT + "-client"));
                environment.put("AUDIT_SERVICE_URL", peers.getOrDefault("audit-service", "http://localhost:8083"));
            }
            return environment;
        }

        /** As above, for a service run alone: it calls no other service. */
        Map<String, String> environment(PostgresServer postgres, String kafkaBootstrap, LocalIssuer issuer, Path dataDir) {
            return environment(postgres, kafkaBootstrap, issuer, dataDir, "http://127.0.0.1:1", Map.of());
        }

        Path jar(Path root) {
            return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("contacts-service", 8081, "contacts", "CONTACTS", null),
            new ServiceSpec("kpi-service", 8082, "kpi", "KPI", null),
            // audit-service cannot change or remove what the activity log holds: it runs as a role of its own
            new ServiceSpec("audit-service", 8083, "audit", "AUDIT", "audit_app"),
            new ServiceSpec("action-plan-service", 8084, "actionplan", "ACTIONPLAN", null));

    static final String AUDIT_CLIENT = "audit-service";
    static final String ACTIONPLAN_CLIENT = "action-plan-service";
    static final int TOKEN_PORT = 8090;
    private static final int KAFKA_PORT = 9092;
    private static final int KAFKA_CONTROLLER_PORT = 9093;
    private static final int EMBEDDED_POSTGRES_PORT = 55432;

    private final Path root;
    private final Path dataDir;
    private final List<ServiceProcess> running = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaBroker broker;
    private LocalTokenEndpoint tokens;

    private LocalStack(Path root, Path dataDir) {
        this.root = root;
        this.dataDir = dataDir;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        boolean fresh = List.of(args).contains("--fresh");
        boolean demo = !List.of(args).contains("--no-demo");
        Path root = Path.of("").toAbsolutePath();
        Path dataDir = root.resolve(".suite");
        if (fresh) {
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir.resolve("logs"));
        LocalStack stack = new LocalStack(root, dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            stack.start(demo);
        } catch (Exception e) {
            System.err.println("\nThe stack did not start: " + e.getMessage());
            System.exit(1);
        }
        Thread.currentThread().join();
    }

    private void start(boolean demo) throws Exception {
        for (ServiceSpec spec : SERVICES) {
            requireFreePort(spec.port(), spec.name());
        }
        requireFreePort(KAFKA_PORT, "Kafka");
        say("Starting PostgreSQL");
        postgres = startPostgres();
        for (ServiceSpec spec : SERVICES) {
            postgres.ensureDatabase(spec.database());
            if (spec.appRole() != null) {
                postgres.ensureLoginRole(spec.appRole(), AppRoles.password(dataDir, spec.appRole()));
            }
        }
        say("Starting Kafka on 127.0.0.1:" + KAFKA_PORT);
        broker = new KafkaBroker(dataDir.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT).start();
        broker.createTopics(Topics.withDeadLetters(), 3);
        LocalIssuer issuer = LocalIssuer.inDirectory(dataDir.resolve("issuer"));
        requireFreePort(TOKEN_PORT, "the token endpoint");
        tokens = clientTokens(issuer, TOKEN_PORT, dataDir);
        Map<String, String> peers = new java.util.HashMap<>();
        SERVICES.forEach(spec -> peers.put(spec.name(), "http://localhost:" + spec.port()));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (ServiceSpec spec : SERVICES) {
            ServiceProcess service = new ServiceProcess(spec.name(), spec.port(), spec.jar(root));
            if (!service.isBuilt()) {
                throw new IllegalStateException(spec.name() + " is not built: run ./mvnw -DskipTests package");
            }
            say("Starting " + spec.name() + " on port " + spec.port());
            service.start(spec.environment(postgres, broker.bootstrapServers(), issuer, dataDir, tokens.baseUrl(), peers),
                    List.of(),
                    dataDir.resolve("logs").resolve(spec.name() + ".log"));
            running.add(service);
        }
        for (ServiceProcess service : running) {
            service.awaitReady(http, Duration.ofSeconds(90));
        }
        if (demo && contactCount() == 0) {
            loadDemoData(http, issuer);
        }
        printWelcome(issuer);
    }

    /** The issuer's token endpoint, knowing the services that call others with a token of their own. */
    static LocalTokenEndpoint clientTokens(LocalIssuer issuer, int port, Path dataDir) {
        return LocalTokenEndpoint.start(issuer, port, Map.of(
                AUDIT_CLIENT, new LocalTokenEndpoint.Client(AppRoles.password(dataDir, AUDIT_CLIENT + "-client"),
                        List.of("integration")),
                ACTIONPLAN_CLIENT, new LocalTokenEndpoint.Client(AppRoles.password(dataDir, ACTIONPLAN_CLIENT + "-client"),
                        List.of("integration"))));
    }

    private PostgresServer startPostgres() {
        String url = System.getenv("SUITE_DB_URL");
        if (url != null && !url.isBlank()) {
            return PostgresServer.external(url, System.getenv().getOrDefault("SUITE_DB_USER", "postgres"),
                    System.getenv().getOrDefault("SUITE_DB_PASSWORD", ""));
        }
        requireFreePort(EMBEDDED_POSTGRES_PORT, "embedded PostgreSQL");
        return PostgresServer.embedded(dataDir.resolve("postgres"), EMBEDDED_POSTGRES_PORT);
    }

    private long contactCount() throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("contacts"), postgres.user(),
                postgres.password());
             ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM contact")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void loadDemoData(HttpClient http, LocalIssuer issuer) throws Exception {
        say("Loading demo data: Derby's contact volumes for March-November 2020 and 2021");
        Path file = dataDir.resolve("demo").resolve("derby-contacts-2020-2021.csv");
        Files.createDirectories(file.getParent());
        ContactGenerator generator = new ContactGenerator(831, DerbyVolumes.DERBY, "derby-demo-", "DBY", 30_000);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ContactGenerator.HEADER + "\n");
            for (var month : DerbyVolumes.CONTACTS.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                generator.writeMonth(out, month.getKey(), month.getValue(), Instant.now());
            }
        }
        SuiteApi api = new SuiteApi(http, "http://localhost:8081",
                issuer.token("demo-loader", List.of("integration"), Duration.ofHours(1)));
        String run = api.importFile(file, "text/csv", Duration.ofMinutes(10));
        say("Imported: " + run.replaceAll("\\s+", " "));

        String practitioner = issuer.token("demo-practitioner", List.of("practitioner"), Duration.ofHours(1));
        String manager = issuer.token("demo-manager", List.of("manager"), Duration.ofHours(1));
        Instant now = Instant.now();
        for (int i = 0; i < 12; i++) {
            Instant received = now.minus(i < 4 ? 10 : 0, ChronoUnit.DAYS).minus(i * 17L, ChronoUnit.MINUTES);
            String id = SuiteApi.id(api.post("/api/v1/contacts", liveContact(i, received), practitioner));
            if (i % 3 == 1) {
                api.post("/api/v1/contacts/" + id + "/screening", """
                        {"recommendedOutcome":"EARLY_HELP","thresholdLevel":2,"rationale":"Family agree to early help"}""",
                        practitioner);
            }
            if (i % 6 == 1) {
                api.post("/api/v1/contacts/" + id + "/decision", "{}", manager);
            }
        }
        say("Added 12 live contacts for today: some awaiting screening (4 overdue), some awaiting a manager");
        loadPracticeRecords(http, issuer);
        loadAudits(http, issuer);
        loadActionPlan(http, issuer);
    }

    /** Derby's review of the Haringey JAR findings as an action plan with an action at every status. */
    private void loadActionPlan(HttpClient http, LocalIssuer issuer) {
        say("Loading the demo action plan: Derby's review of the Haringey JAR findings, imported from its table");
        try {
            ActionPlanDemo demo = new ActionPlanDemo(new SuiteApi(http, "http://localhost:8084",
                    issuer.token("demo-board", List.of("board"), Duration.ofHours(1))),
                    issuer.token("demo-manager", List.of("manager"), Duration.ofHours(1)),
                    issuer.token(ActionPlanDemo.OWNER, List.of("practitioner"), Duration.ofHours(1)),
                    issuer.token("demo-board-chair", List.of("board"), Duration.ofHours(1)),
                    root.resolve("action-plan-service/src/test/resources/fixtures/derby-haringey-jar-review.csv"));
            for (String made : demo.load()) {
                say("  " + made);
            }
            say("  the assurance visit's recommendations arrive from audit-service, and KPI exceptions from kpi-service's "
                    + "breaches, by themselves");
        } catch (Exception e) {
            say("The demo action plan was not all loaded: " + e.getMessage());
        }
    }

    /** Derby's dip samples, a completed audit with moderation, the assurance visit and an escalation. */
    private void loadAudits(HttpClient http, LocalIssuer issuer) {
        say("Loading demo audits from Derby's 2022 report (dip samples drawn over the demo contacts and practice records)");
        try {
            AuditDemo demo = new AuditDemo(new SuiteApi(http, "http://localhost:8083", null),
                    issuer.token("demo-auditor", List.of("auditor"), Duration.ofHours(1)),
                    issuer.token("demo-moderator", List.of("auditor"), Duration.ofHours(1)),
                    issuer.token("demo-manager", List.of("manager"), Duration.ofHours(1)));
            for (String made : demo.load()) {
                say("  " + made);
            }
        } catch (Exception e) {
            // the rest of the suite is still worth running: say what failed and carry on
            say("The demo audits were not all loaded: " + e.getMessage());
        }
    }

    /** Derby-like practice records for 2020-21 and illustrative benchmarks, into kpi-service. */
    private void loadPracticeRecords(HttpClient http, LocalIssuer issuer) throws Exception {
        say("Loading demo practice records for Derby (E06000015), January 2020 to December 2021");
        String token = issuer.token("demo-loader", List.of("integration"), Duration.ofHours(1));
        SuiteApi kpi = new SuiteApi(http, "http://localhost:8082", token);
        PracticeGenerator generator = new PracticeGenerator("E06000015", "dby", java.time.LocalDate.of(2020, 1, 1),
                java.time.LocalDate.of(2021, 12, 31), PracticeGenerator.Rates.DERBY_2021, 15);
        int records = 0;
        for (String batch : PracticeGenerator.batches(generator, 3_750, 480, 10_000)) {
            kpi.send("/api/v1/practice-records", "application/x-ndjson", batch.getBytes(StandardCharsets.UTF_8), token);
            records += (int) batch.lines().count();
        }
        String admin = issuer.token("demo-admin", List.of("admin"), Duration.ofHours(1));
        kpi.send("/api/v1/kpi-benchmarks", "text/csv", DEMO_BENCHMARKS.getBytes(StandardCharsets.UTF_8), admin);
        say("Sent " + records + " practice records and demo benchmarks; kpi-service works the figures out in the "
                + "background over the next few minutes: see the November 2021 scorecard in the README");
    }

    /**
     * National figures quoted in the domain reference (2024-25), shown against 2021-22 so the demo's
     * scorecard has comparators. Labelled as such: not the 2021-22 statistics.
     */
    private static final String DEMO_BENCHMARKS = """
            kpi_code,year,statistical_neighbours,england,source
            SINGLE_ASSESSMENTS_IN_TIMESCALE,2021-22,,85.7,Demo only: England 2024-25 from the domain reference
            ICPC_IN_TIMESCALE,2021-22,,81.4,Demo only: England 2024-25 from the domain reference
            CP_PLANS_ENDED_2_YEARS_PLUS,2021-22,,4.4,Demo only: England 2024-25 from the domain reference
            """;

    private static String liveContact(int i, Instant received) {
        String[] sources = {"6", "2A", "3A", "1A"};
        return """
                {"localAuthority":"E06000015","senderRef":"live-demo-%d","receivedAt":"%s","source":"%s",
                 "channel":"PHONE","children":[{"childRef":"DBYLIVE%d","birthMonth":"2014-0%d","unborn":false,"sex":"%s"}],
                 "concernCodes":["3A"]}""".formatted(i, received, sources[i % 4], i, 1 + i % 9, i % 2 == 0 ? "F" : "M");
    }

    private void printWelcome(LocalIssuer issuer) {
        StringBuilder text = new StringBuilder();
        text.append("\n================ Safeguarding Assurance Suite is running ================\n\n");
        for (ServiceProcess service : running) {
            text.append(String.format("  %-20s %s/q/swagger-ui   health %s/q/health/ready%n", service.name(),
                    service.baseUrl(), service.baseUrl()));
        }
        text.append("\n  Kafka       ").append(broker.bootstrapServers())
                .append("   e.g. kcat -C -b ").append(broker.bootstrapServers())
                .append(" -t safeguarding.contacts.v1 -f '%h\\n%s\\n\\n' -o -5 -e\n");
        text.append("  PostgreSQL  ").append(postgres.jdbcUrl("contacts")).append(" (user ")
                .append(postgres.user()).append(")\n");
        text.append("  Data        ").append(dataDir).append("   logs in ").append(dataDir.resolve("logs")).append('\n');
        text.append("  Activity log  http://localhost:8083/api/v1/activity-log/checkpoint (signed checkpoints); "
                + "its signing key is in ").append(dataDir.resolve("activity-log-signer.key"))
                .append(", the key to check them with at http://localhost:8083/api/v1/activity-log/key\n");
        text.append("\n  Tokens (valid 12 hours; send as 'Authorization: Bearer <token>'):\n");
        StringBuilder env = new StringBuilder();
        for (String role : List.of("practitioner", "manager", "auditor", "analyst", "board", "admin", "integration")) {
            String token = issuer.token("local-" + role, List.of(role), Duration.ofHours(12));
            text.append("    ").append(role).append(": ").append(token).append("\n\n");
            env.append("export TOKEN_").append(role.toUpperCase()).append('=').append(token).append('\n');
        }
        Path tokens = dataDir.resolve("tokens.env");
        try {
            Files.writeString(tokens, env.toString());
            text.append("  The same tokens as shell variables: source ").append(tokens).append('\n');
        } catch (IOException e) {
            text.append("  (tokens.env not written: ").append(e.getMessage()).append(")\n");
        }
        text.append("\n  Ctrl-C stops everything.\n");
        System.out.println(text);
    }

    private void stop() {
        if (running.isEmpty() && broker == null && postgres == null) {
            return;
        }
        System.out.println("\nStopping the suite...");
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).stop();
        }
        running.clear();
        if (tokens != null) {
            tokens.close();
            tokens = null;
        }
        if (broker != null) {
            broker.stop();
            broker = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        System.out.println("Stopped.");
    }

    private static void requireFreePort(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for " + what + " is in use: stop whatever holds it");
        }
    }

    private static void say(String message) {
        System.out.println("[suite] " + message);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
