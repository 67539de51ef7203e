package uk.gov.safeguarding.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.localinfra.FreePorts;
import uk.gov.safeguarding.localinfra.KafkaBroker;
import uk.gov.safeguarding.localinfra.LocalIssuer;
import uk.gov.safeguarding.localinfra.PostgresServer;

/**
 * The contacts-service benchmark (see docs/benchmarks.md): (a) POST /api/v1/contacts throughput and
 * latency beside pgbench's single-row INSERT rate on the same PostgreSQL; (b) batch intake of a large CSV
 * beside COPY of the same file into a bare table, with the service's heap capped at 512 MB. Everything
 * runs fresh in a temporary directory: real PostgreSQL, real Kafka, the service as its own JVM.
 */
public final class ContactsBenchmark {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final int clients;
    private final int seconds;
    private final int rows;
    private final int warmUpSeconds;
    private final int batchWarmUpRows;
    private int annexARows = 100_000;
    private final Path work;
    private final boolean statementStats;
    /** One more option for the service's JVM, such as a profiler's -agentpath. */
    private final List<String> serviceJvmOptions;
    private final StringBuilder report = new StringBuilder();

    private ContactsBenchmark(int clients, int seconds, int rows, int warmUpSeconds, int batchWarmUpRows, Path work,
                              boolean statementStats, List<String> serviceJvmOptions) {
        this.clients = clients;
        this.batchWarmUpRows = batchWarmUpRows;
        this.statementStats = statementStats;
        this.serviceJvmOptions = serviceJvmOptions;
        this.warmUpSeconds = warmUpSeconds;
        this.seconds = seconds;
        this.rows = rows;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Map<String, String> options = Benchmarks.options(args);
        ContactsBenchmark benchmark = new ContactsBenchmark(
                Integer.parseInt(options.getOrDefault("clients", "16")),
                Integer.parseInt(options.getOrDefault("seconds", "30")),
                Integer.parseInt(options.getOrDefault("rows", "1000000")),
                // 10 s left the JIT compiling through the measurement (a fifth of the CPU in a profile).
                Integer.parseInt(options.getOrDefault("warm-up", "60")),
                // A fresh service spent 44% of its CPU in a 200,000-row intake (12 of 28 s) in the JIT compiler.
                Integer.parseInt(options.getOrDefault("batch-warm-up", "50000")),
                Files.createTempDirectory("contacts-bench-"),
                options.containsKey("statements"),
                options.containsKey("service-jvm-option") ? List.of(options.get("service-jvm-option")) : List.of());
        benchmark.annexARows = Integer.parseInt(options.getOrDefault("annex-a-rows", "100000"));
        try {
            benchmark.run(options.getOrDefault("only", "all"));
        } finally {
            // A million-row run leaves several GB of database and files: not left in the temporary directory.
            LocalStack.deleteRecursively(benchmark.work);
        }
    }

    private void run(String only) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Map<String, String> serverConfig = statementStats
                ? Map.of("shared_preload_libraries", "pg_stat_statements", "pg_stat_statements.track", "all")
                : Map.of();
        try (PostgresServer postgres = PostgresServer.embedded(work.resolve("pg"), 0, serverConfig);
             KafkaBroker broker = KafkaBroker.onFreePorts(work.resolve("kafka")).start()) {
            broker.createTopics(Topics.withDeadLetters(), 3);
            postgres.ensureDatabase("contacts");
            postgres.ensureDatabase("bench");
            LocalIssuer issuer = LocalIssuer.inDirectory(work.resolve("issuer"));
            int port = FreePorts.next();
            ServiceProcess service = new ServiceProcess("contacts-service", port,
                    root.resolve("contacts-service/target/quarkus-app/quarkus-run.jar"), "512m");
            service.start(Map.of(
                    "CONTACTS_DB_URL", postgres.jdbcUrl("contacts"),
                    "CONTACTS_DB_USER", postgres.user(),
                    "CONTACTS_DB_PASSWORD", postgres.password(),
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "SUITE_TOKEN_KEYS", issuer.jwksFile().toString(),
                    "CONTACTS_SPOOL_DIR", work.resolve("spool").toString()), serviceJvmOptions, work.resolve("service.log"));
            ExecutorService httpThreads = Executors.newFixedThreadPool(clients);
            HttpClient http = HttpClient.newBuilder().executor(httpThreads).build();
            try {
                service.awaitReady(http, Duration.ofSeconds(120));
                line("# contacts-service benchmark, " + LocalDate.now());
                line("");
                line(Benchmarks.machine("PostgreSQL (embedded, zonky binaries) and Kafka 4.1 on the same machine."));
                line("");
                if (only.equals("all") || only.equals("post")) {
                    postThroughput(http, service, issuer, postgres);
                }
                if (only.equals("all") || only.equals("batch")) {
                    batchIntake(http, service, issuer, postgres);
                }
                if (only.equals("all") || only.equals("annex-a")) {
                    annexAWorkbook(http, service, issuer);
                }
            } finally {
                service.stop();
                // Its threads would otherwise keep the JVM, and bench.sh, running after the report.
                httpThreads.shutdownNow();
            }
        }
        System.out.println("\n" + report);
    }

    private void postThroughput(HttpClient http, ServiceProcess service, LocalIssuer issuer, PostgresServer postgres)
            throws Exception {
        String token = issuer.token("bench-practitioner", List.of("practitioner"), Duration.ofHours(2));
        Path script = work.resolve("post-contact.lua");
        Files.writeString(script, """
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                wrk.headers["Authorization"] = "Bearer %s"
                request = function()
                  local body = string.format('{"localAuthority":"E06000015","receivedAt":"%s","source":"2A",'
                    .. '"channel":"PHONE","children":[{"childRef":"W%%d","birthMonth":"2015-06","unborn":false,'
                    .. '"sex":"F"}],"concernCodes":["3A"]}', math.random(1, 100000))
                  return wrk.format(nil, nil, nil, body)
                end
                """.formatted(token, Instant.now().minus(1, ChronoUnit.HOURS)));
        String url = service.baseUrl() + "/api/v1/contacts";
        System.out.println("(a) POST /api/v1/contacts: warming up");
        wrk(script, url, warmUpSeconds);
        System.out.println("(a) POST /api/v1/contacts: " + clients + " connections for " + seconds + " s (wrk)");
        resetStatementStats(postgres);
        CpuTimes cpuAtStart = CpuTimes.now(service.pid());
        WrkResult result = wrk(script, url, seconds);
        CpuTimes cpu = CpuTimes.now(service.pid()).since(cpuAtStart);
        String statements = statementStats(postgres);

        System.out.println("(a) pgbench single-row INSERT: " + clients + " clients for " + seconds + " s");
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("bench"), postgres.user(),
                postgres.password()); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS bench_insert (id uuid PRIMARY KEY, local_authority text,
                        received_at timestamptz, source text, child_ref text, payload text)""");
        }
        Path insert = work.resolve("insert.sql");
        Files.writeString(insert, "INSERT INTO bench_insert VALUES (gen_random_uuid(), 'E06000015', now(), '2A', "
                + "'C' || :client_id, repeat('x', 300));\n");
        double pgbenchTps = pgbench(postgres, insert);
        System.out.println("(a) pgbench of the SQL one POST runs: " + clients + " clients for " + seconds + " s");
        double postSqlTps = pgbench(postgres, postSqlScript(postgres));

        line("## (a) Recording a contact: POST /api/v1/contacts");
        line("");
        line("| measure | value |");
        line("|---|---|");
        line("| load | wrk, 2 threads, " + clients + " connections, " + seconds + " s after a " + warmUpSeconds + " s warm-up |");
        line("| requests | " + result.requests + " (" + result.non2xx + " not 2xx) |");
        line(String.format("| throughput | %.0f contacts/s |", result.perSecond));
        line("| latency p50 | " + result.p50 + " |");
        line("| latency p99 | " + result.p99 + " |");
        line("| CPU during the measurement (wrk not counted) | " + cpu.describe(seconds) + " |");
        line(String.format("| pgbench single-row INSERT, %d clients, same PostgreSQL | %.0f tps |", clients, pgbenchTps));
        line(String.format("| **ratio POST / INSERT** (goal >= 0.5) | **%.2f** |", result.perSecond / pgbenchTps));
        line(String.format("| pgbench of the SQL one POST runs (repeat count; contact, child and two outbox rows with "
                + "contacts-service's keys and indexes; one transaction) | %.0f tps; ratio to the single-row INSERT %.2f: "
                + "the most the service could reach if it cost nothing itself |", postSqlTps, postSqlTps / pgbenchTps));
        line("");
        line("Each POST verifies the token, validates, counts the child's earlier contacts, writes the contact,"
                + " its child row, a `received` event and an activity log entry to the outbox, and commits;"
                + " the outbox relay publishes to Kafka at the same time.");
        line("");
        line(statements);
    }

    /**
     * The statements a POST makes, without the service: what the ratio could be if verifying the token,
     * validating, mapping and Hibernate cost nothing. Tables carry contacts-service's keys and indexes.
     */
    private Path postSqlScript(PostgresServer postgres) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("bench"), postgres.user(),
                postgres.password()); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE bench_contact (id uuid PRIMARY KEY, local_authority text NOT NULL, sender_ref text,
                        received_at timestamptz NOT NULL, source text NOT NULL, channel text, concern_codes text[],
                        status text NOT NULL, decision_due_at timestamptz, earlier_contacts integer,
                        UNIQUE (local_authority, sender_ref));
                    CREATE INDEX ON bench_contact (received_at, id);
                    CREATE INDEX ON bench_contact (status, decision_due_at);
                    CREATE INDEX ON bench_contact (source, received_at);
                    CREATE TABLE bench_child (contact_id uuid REFERENCES bench_contact, position integer,
                        child_ref text NOT NULL, sex text, birth_month date, local_authority text NOT NULL,
                        received_at timestamptz NOT NULL, PRIMARY KEY (contact_id, position));
                    CREATE INDEX ON bench_child (local_authority, child_ref, received_at);
                    CREATE TABLE bench_outbox (id uuid PRIMARY KEY, seq bigserial UNIQUE, topic text NOT NULL,
                        aggregate_type text NOT NULL, aggregate_id text NOT NULL, event_type text NOT NULL,
                        payload text NOT NULL, occurred_at timestamptz NOT NULL, attempts integer DEFAULT 0,
                        last_error text);
                    CREATE INDEX ON bench_outbox (aggregate_id, seq)""");
        }
        Path script = work.resolve("post-sql.sql");
        Files.writeString(script, """
                \\set child random(1, 100000)
                \\set contact random(1, 1000000000)
                BEGIN;
                SELECT count(*) FROM bench_child WHERE local_authority = 'E06000015' AND child_ref = 'W' || :child
                   AND received_at >= now() - interval '12 months' AND received_at < now();
                WITH contact AS (INSERT INTO bench_contact (id, local_authority, received_at, source, channel,
                       concern_codes, status, decision_due_at, earlier_contacts)
                     VALUES (gen_random_uuid(), 'E06000015', now(), '2A', 'PHONE', '{3A}', 'AWAITING_SCREENING',
                       now() + interval '1 day', 0) RETURNING id, received_at)
                INSERT INTO bench_child SELECT id, 0, 'W' || :child, 'F', '2015-06-01', 'E06000015', received_at FROM contact;
                INSERT INTO bench_outbox (id, topic, aggregate_type, aggregate_id, event_type, payload, occurred_at) VALUES
                  (gen_random_uuid(), 'safeguarding.contacts.v1', 'contact', 'c' || :contact, 'received', repeat('x', 600), now()),
                  (gen_random_uuid(), 'safeguarding.activity-log.v1', 'activity', 'c' || :contact, 'recorded', repeat('x', 400), now());
                COMMIT;
                """);
        return script;
    }

    private record WrkResult(long requests, long non2xx, double perSecond, String p50, String p99) {
    }

    private static final Pattern WRK_RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern WRK_TOTAL = Pattern.compile("([0-9]+) requests in");
    private static final Pattern WRK_NON2XX = Pattern.compile("Non-2xx or 3xx responses: ([0-9]+)");
    private static final Pattern WRK_P50 = Pattern.compile("\\s50%\\s+([0-9.]+[a-z]+)");
    private static final Pattern WRK_P99 = Pattern.compile("\\s99%\\s+([0-9.]+[a-z]+)");

    private WrkResult wrk(Path script, String url, int durationSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("wrk", "-t2", "-c" + clients, "-d" + durationSeconds + "s", "--latency",
                "-s", script.toString(), url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher rate = WRK_RATE.matcher(output);
        Matcher total = WRK_TOTAL.matcher(output);
        if (!rate.find() || !total.find()) {
            throw new IllegalStateException("wrk gave no rate:\n" + output);
        }
        Matcher non2xx = WRK_NON2XX.matcher(output);
        Matcher p50 = WRK_P50.matcher(output);
        Matcher p99 = WRK_P99.matcher(output);
        return new WrkResult(Long.parseLong(total.group(1)), non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
                Double.parseDouble(rate.group(1)), p50.find() ? p50.group(1) : "?", p99.find() ? p99.group(1) : "?");
    }

    private double pgbench(PostgresServer postgres, Path script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-c", Integer.toString(clients), "-j", "2",
                "-T", Integer.toString(seconds), "-f", script.toString(), "-h", "localhost",
                "-p", Integer.toString(postgres.port()), "-U", postgres.user(), "bench")
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", postgres.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher matcher = TPS.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench gave no tps:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private void batchIntake(HttpClient http, ServiceProcess service, LocalIssuer issuer, PostgresServer postgres)
            throws Exception {
        Path file = work.resolve("contacts.csv");
        System.out.println("(b) Writing " + rows + " contacts to " + file);
        writeContacts(file, new ContactGenerator(20211231, "E06000015", "bench-", "BCH", Math.max(1000, rows / 3)), rows);
        long bytes = Files.size(file);

        System.out.println("(b) COPY of the same file into a bare table, and into one with the indexes queries need");
        double copySeconds = copy(postgres, file, "bench_copy", List.of());
        // The floor for any design that keeps contacts findable: a key, the sender's id unique per council,
        // and indexes for the queries by date, source and child (as contact and contact_child have).
        double indexedCopySeconds = copy(postgres, file, "bench_indexed", List.of(
                "ALTER TABLE bench_indexed ADD COLUMN id uuid PRIMARY KEY DEFAULT gen_random_uuid()",
                "CREATE UNIQUE INDEX ON bench_indexed (local_authority, sender_ref)",
                "CREATE INDEX ON bench_indexed (received_at)",
                "CREATE INDEX ON bench_indexed (source, received_at)",
                "CREATE INDEX ON bench_indexed (local_authority, child_ref, received_at)"));

        System.out.println("(b) POST /api/v1/contact-imports with the heap capped at 512 MB");
        SuiteApi api = new SuiteApi(http, service.baseUrl(),
                issuer.token("bench-integration", List.of("integration"), Duration.ofHours(4)));
        if (batchWarmUpRows > 0) {
            // Another council and other children, so that the measured rows find none of these as history.
            System.out.println("(b) Warming up with " + batchWarmUpRows + " rows of another council");
            Path warmUp = work.resolve("warm-up.csv");
            writeContacts(warmUp, new ContactGenerator(20201231, "E06000016", "warm-", "WRM",
                    Math.max(1000, batchWarmUpRows / 3)), batchWarmUpRows);
            api.importFile(warmUp, "text/csv", Duration.ofHours(1));
            waitForOutbox(postgres, Duration.ofHours(1));
        }
        HeapSampler sampler = new HeapSampler(http, service.baseUrl());
        Thread sampling = new Thread(sampler, "heap-sampler");
        sampling.setDaemon(true);
        sampling.start();
        resetStatementStats(postgres);
        CpuTimes cpuAtStart = CpuTimes.now(service.pid());
        long t0 = System.nanoTime();
        String run = api.importFile(file, "text/csv", Duration.ofHours(2));
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        CpuTimes cpuToCompleted = CpuTimes.now(service.pid()).since(cpuAtStart);
        sampler.stop();
        long peakRssKiB = peakRss(service.pid());

        System.out.println("(b) Waiting for the outbox relay to publish every event");
        long t1 = System.nanoTime();
        long unsent = waitForOutbox(postgres, Duration.ofHours(1));
        double drainSeconds = (System.nanoTime() - t1) / 1e9;
        CpuTimes cpuToDrained = CpuTimes.now(service.pid()).since(cpuAtStart);
        String statements = statementStats(postgres);

        line("## (b) Batch intake of " + String.format("%,d", rows) + " contacts");
        line("");
        line("| measure | value |");
        line("|---|---|");
        line(String.format("| file | %,d rows, %.0f MB of CSV (one child per row; most with a historic decision) |",
                rows, bytes / 1e6));
        line(batchWarmUpRows > 0
                ? String.format("| service before the run | warmed up by a %,d-row intake of another council |", batchWarmUpRows)
                : "| service before the run | fresh: no warm-up (its JIT compiler works through the run) |");
        line(String.format("| COPY into a bare table, same PostgreSQL | %.1f s (%,.0f rows/s) |", copySeconds,
                rows / copySeconds));
        line(String.format("| COPY into a table with a key and the indexes the queries need | %.1f s (%,.0f rows/s); "
                + "ratio to the bare COPY %.2f: the most any design keeping contacts findable could reach |",
                indexedCopySeconds, rows / indexedCopySeconds, copySeconds / indexedCopySeconds));
        line(String.format("| batch intake, upload to COMPLETED | %.1f s (%,.0f rows/s) |", importSeconds,
                rows / importSeconds));
        line(String.format("| **ratio COPY time / intake time** (goal >= 0.25) | **%.2f** |", copySeconds / importSeconds));
        line(String.format("| service heap cap | 512 MB; peak heap used %.0f MB; peak RSS %.0f MB |",
                sampler.peakBytes() / 1e6, peakRssKiB / 1024.0));
        line(String.format("| outbox drained to Kafka after COMPLETED | %.1f s more (%d rows left) |", drainSeconds, unsent));
        line("| CPU, upload to COMPLETED | " + cpuToCompleted.describe(importSeconds) + " |");
        line("| CPU, upload to drained | " + cpuToDrained.describe(importSeconds + drainSeconds) + " |");
        line("| run | `" + run.replaceAll("\\s+", " ").replaceAll("\"createdBy\".*", "...") + "` |");
        line("");
        line("Intake validates every row as the API would, skips sender refs already stored, counts repeat"
                + " contacts per child, and writes contact, child and event rows (received, and decided or"
                + " referrer-informed where the row has them) in 1,000-row transactions.");
        line("");
        line(statements);
    }

    /**
     * (c) Annex A List 1 as the workbook and as the CSV of the same rows, each into a council of its own (so
     * neither finds the other's contacts as history), with the heap capped at 512 MB.
     */
    private void annexAWorkbook(HttpClient http, ServiceProcess service, LocalIssuer issuer) throws Exception {
        int count = annexARows;
        Path csv = work.resolve("annex-a-list-1.csv");
        Path xlsx = work.resolve("annex-a.xlsx");
        System.out.println("(c) Writing " + count + " Annex A List 1 rows as CSV and as a workbook");
        AnnexAList1Files.writeCsv(csv, "CSV", count, 7);
        AnnexAList1Files.writeWorkbook(xlsx, "XLS", count, 7);
        SuiteApi api = new SuiteApi(http, service.baseUrl(),
                issuer.token("bench-integration", List.of("integration"), Duration.ofHours(4)));
        // Both paths warmed up first (other councils, other children), so neither pays for the JIT alone.
        Path warmCsv = work.resolve("warm-annex-a.csv");
        Path warmXlsx = work.resolve("warm-annex-a.xlsx");
        AnnexAList1Files.writeCsv(warmCsv, "WCS", 10_000, 8);
        AnnexAList1Files.writeWorkbook(warmXlsx, "WXL", 10_000, 8);
        System.out.println("(c) Warming up with 10,000 rows of each form");
        api.importFile(warmCsv, "text/csv", "?localAuthority=E06000016", Duration.ofHours(1));
        api.importFile(warmXlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "?localAuthority=E06000019", Duration.ofHours(1));
        System.out.println("(c) POST /api/v1/contact-imports: the CSV (Derby), then the workbook (Nottingham)");
        long t0 = System.nanoTime();
        String csvRun = api.importFile(csv, "text/csv", "?localAuthority=E06000015", Duration.ofHours(1));
        double csvSeconds = (System.nanoTime() - t0) / 1e9;
        HeapSampler sampler = new HeapSampler(http, service.baseUrl());
        Thread sampling = new Thread(sampler, "heap-sampler");
        sampling.setDaemon(true);
        sampling.start();
        long t1 = System.nanoTime();
        String xlsxRun = api.importFile(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "?localAuthority=E06000018", Duration.ofHours(1));
        double xlsxSeconds = (System.nanoTime() - t1) / 1e9;
        sampler.stop();
        line("## (c) Annex A List 1: the workbook beside the CSV of the same rows");
        line("");
        line("| measure | value |");
        line("|---|---|");
        line(String.format("| files | %,d rows; CSV %.1f MB, workbook %.1f MB (date cells, lettered drop-down values, "
                + "List 1 the second sheet) |", count, Files.size(csv) / 1e6, Files.size(xlsx) / 1e6));
        line(String.format("| CSV, upload to COMPLETED | %.1f s (%,.0f rows/s) |", csvSeconds, count / csvSeconds));
        line(String.format("| workbook, upload to COMPLETED | %.1f s (%,.0f rows/s) |", xlsxSeconds, count / xlsxSeconds));
        line(String.format("| **ratio workbook time / CSV time** | **%.2f** |", xlsxSeconds / csvSeconds));
        line(String.format("| service heap cap | 512 MB; peak heap used during the workbook %.0f MB |",
                sampler.peakBytes() / 1e6));
        line("| CSV run | `" + csvRun.replaceAll("\\s+", " ").replaceAll("\"createdBy\".*", "...") + "` |");
        line("| workbook run | `" + xlsxRun.replaceAll("\\s+", " ").replaceAll("\"createdBy\".*", "...") + "` |");
        line("");
    }

    /** Seconds to COPY the CSV into a new table of its columns, after the given statements shaped it. */
    private static double copy(PostgresServer postgres, Path file, String table, List<String> shape) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("bench"), postgres.user(),
                postgres.password())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + table + """
                         (sender_ref text, local_authority text, received_at timestamptz,
                            source text, channel text, child_ref text, sex text, birth_month text, unborn boolean,
                            concern_codes text, outcome text, decided_at timestamptz, referrer_informed_at timestamptz,
                            referrer_informed_method text)""");
                for (String sql : shape) {
                    statement.execute(sql);
                }
            }
            long t0 = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table
                        + " (sender_ref, local_authority, received_at, source, channel, child_ref, sex, birth_month, unborn,"
                        + " concern_codes, outcome, decided_at, referrer_informed_at, referrer_informed_method)"
                        + " FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** Three years of contacts from January 2019, the same number each month. */
    private static void writeContacts(Path file, ContactGenerator generator, int count) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ContactGenerator.HEADER + "\n");
            int perMonth = Math.max(1, count / 36);
            int written = 0;
            YearMonth month = YearMonth.of(2019, 1);
            while (written < count) {
                int inMonth = Math.min(perMonth, count - written);
                generator.writeMonth(out, month, inMonth, Instant.now());
                written += inMonth;
                month = month.plusMonths(1);
            }
        }
    }

    private void resetStatementStats(PostgresServer postgres) throws SQLException {
        if (!statementStats) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("bench"), postgres.user(),
                postgres.password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The contacts database's statements that took most of PostgreSQL's time, as a Markdown table. */
    private String statementStats(PostgresServer postgres) throws SQLException {
        if (!statementStats) {
            return "";
        }
        StringBuilder table = new StringBuilder("| PostgreSQL time | calls | rows | statement |\n|---|---|---|---|\n");
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("bench"), postgres.user(),
                postgres.password()); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT s.total_exec_time, s.calls, s.rows, s.query FROM pg_stat_statements s
                       JOIN pg_database d ON d.oid = s.dbid
                      WHERE d.datname = 'contacts' ORDER BY s.total_exec_time DESC LIMIT 12""")) {
            while (rs.next()) {
                String query = rs.getString(4).replaceAll("\\s+", " ").replace("|", "\\|");
                table.append(String.format("| %.1f s | %,d | %,d | `%s` |%n", rs.getDouble(1) / 1000, rs.getLong(2),
                        rs.getLong(3), query.length() > 160 ? query.substring(0, 160) + "..." : query));
            }
        }
        return table.toString();
    }

    private long waitForOutbox(PostgresServer postgres, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("contacts"), postgres.user(),
                postgres.password()); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM outbox_event")) {
                    rs.next();
                    long unsent = rs.getLong(1);
                    if (unsent == 0 || System.nanoTime() > deadline) {
                        return unsent;
                    }
                }
                Thread.sleep(1000);
            }
        }
    }

    private static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** Polls the service's Prometheus metrics for heap in use while the intake runs. */
    private static final class HeapSampler implements Runnable {
        private static final Pattern HEAP = Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E+]+)");
        private final HttpClient http;
        private final String baseUrl;
        private volatile boolean running = true;
        private volatile double peak;

        HeapSampler(HttpClient http, String baseUrl) {
            this.http = http;
            this.baseUrl = baseUrl;
        }

        @Override
        public void run() {
            while (running) {
                try {
                    String metrics = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    Matcher matcher = HEAP.matcher(metrics);
                    double used = 0;
                    while (matcher.find()) {
                        used += Double.parseDouble(matcher.group(1));
                    }
                    peak = Math.max(peak, used);
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    // the service is busy; try again
                }
            }
        }

        void stop() {
            running = false;
        }

        double peakBytes() {
            return peak;
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    static long memoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }
}
