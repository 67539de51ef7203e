package uk.gov.safeguarding.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import uk.gov.safeguarding.kernel.Council;
import uk.gov.safeguarding.kernel.Councils;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.localinfra.FreePorts;
import uk.gov.safeguarding.localinfra.KafkaBroker;
import uk.gov.safeguarding.localinfra.LocalIssuer;
import uk.gov.safeguarding.localinfra.PostgresServer;

/**
 * action-plan-service at national scale (issue 13's benchmark), run by {@code deploy/bench-actions.sh}: 153
 * councils × 2,000 actions with 10 updates each, loaded into the service's tables by SQL, then
 * <ol>
 *   <li>a board's pack (its open actions with latest update, RAG, impact and date changes) through the API, p50,
 *       p95 and p99, beside the same page by plain SQL over the tables;</li>
 *   <li>a council's progress report by owner and by source through the API, beside the same by plain SQL;</li>
 *   <li>the reminder check over every action: once with a day's announcements to make, once with none.</li>
 * </ol>
 */
public final class ActionPlanBenchmark {

    private static final List<String> KPIS = List.of("ICPC_IN_TIMESCALE", "SINGLE_ASSESSMENTS_IN_TIMESCALE",
            "CP_VISITS_IN_TIMESCALE", "CONTACT_DECISIONS_IN_TIMESCALE", "CP_PLANS_ENDED_2_YEARS_PLUS");

    private final Map<String, String> options;
    private final Path work;
    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ActionPlanBenchmark(Map<String, String> options, Path work) {
        this.options = options;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path work = Files.createTempDirectory("actionplan-bench-");
        try {
            new ActionPlanBenchmark(Benchmarks.options(args), work).run();
        } finally {
            LocalStack.deleteRecursively(work);
        }
    }

    private int option(String name, int defaultValue) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(defaultValue)));
    }

    private void run() throws Exception {
        int councils = option("councils", 153);
        int actionsEach = option("actions", 2_000);
        int updatesEach = option("updates", 10);
        int requests = option("requests", 300);
        Path root = Path.of("").toAbsolutePath();
        List<Council> england = Councils.england().all();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < councils; i++) {
            codes.add(england.get(i % england.size()).onsCode());
        }
        try (PostgresServer postgres = PostgresServer.embedded(work.resolve("pg"), 0);
             KafkaBroker broker = KafkaBroker.onFreePorts(work.resolve("kafka")).start()) {
            broker.createTopics(Topics.withDeadLetters(), 3);
            LocalIssuer issuer = LocalIssuer.inDirectory(work.resolve("issuer"));
            LocalStack.ServiceSpec spec = new LocalStack.ServiceSpec("action-plan-service", FreePorts.next(),
                    "actionplan", "ACTIONPLAN", null);
            postgres.ensureDatabase(spec.database());
            ServiceProcess service = new ServiceProcess(spec.name(), spec.port(), spec.jar(root), "512m");
            Map<String, String> environment = new java.util.HashMap<>(spec.environment(postgres,
                    broker.bootstrapServers(), issuer, work));
            // the scheduled check is measured on demand, not left to run while the data loads
            environment.put("SUITE_ACTIONS_REMINDERS_EVERY", "24h");
            service.start(environment, List.of(), work.resolve("action-plan-service.log"));
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("actionplan"), postgres.user(),
                    postgres.password())) {
                service.awaitReady(http, Duration.ofSeconds(120));
                line("# action-plan-service benchmark, " + LocalDate.now());
                line("");
                line(Benchmarks.machine("action-plan-service -Xmx512m; PostgreSQL (embedded) and Kafka on the same machine."));
                line("");
                load(db, codes, actionsEach, updatesEach);
                String board = issuer.token("bench-board", List.of("board"), Duration.ofHours(6));
                String admin = issuer.token("bench-admin", List.of("admin"), Duration.ofHours(6));
                Random random = new Random(13);
                boardPack(db, service, board, codes, random, requests, 20);
                boardPack(db, service, board, codes, random, requests, 200);
                progress(db, service, board, codes, random, requests, "owner");
                progress(db, service, board, codes, random, requests, "source");
                scan(db, service, admin);
            } finally {
                service.stop();
            }
        }
        System.out.println("\n" + report);
        Files.writeString(Path.of("deploy", "target", "actionplan-benchmark.md"), report.toString());
    }

    /** The tables filled as years of use would fill them: sources, recommendations, actions, updates, KPI months. */
    private void load(Connection db, List<String> codes, int actionsEach, int updatesEach) throws Exception {
        Instant started = Instant.now();
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TEMP TABLE bench_council (n int, code text)");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_council VALUES (?, ?)")) {
                for (int i = 0; i < codes.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, codes.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            s.execute("""
                    INSERT INTO source (id, source_type, title, local_authorities, published_on, created_by, created_at)
                    SELECT gen_random_uuid(), 'OFSTED_INSPECTION', 'Inspection of ' || code || ' ' || n, ARRAY[code],
                           current_date - 400, 'bench', now() - interval '400 days' FROM bench_council""");
            int recommendations = Math.max(1, actionsEach / 20);
            int perRecommendation = actionsEach / recommendations;
            s.execute("""
                    INSERT INTO recommendation (id, source_id, number, refs, theme, text, response, created_by, created_at)
                    SELECT gen_random_uuid(), s.id, g::text, ARRAY[g::text], 'Theme ' || (g %% 12),
                           'Recommendation ' || g, 'ACCEPTED', 'bench', s.created_at + g * interval '1 second'
                    FROM source s, generate_series(1, %d) g""".formatted(recommendations));
            // statuses a tenth each of the ten below; due dates from 180 days ago to a year ahead; every seventh
            // revised once and every thirteenth twice; every fifth measured by a KPI
            s.execute("""
                    INSERT INTO action (id, recommendation_id, what, owner, owner_agency, partners, status, status_reason,
                                        due_date, original_due_date, revisions, approved_by_board, approved_on,
                                        impact_kpi, impact_direction, has_evidence, created_by, created_at, updated_at)
                    SELECT gen_random_uuid(), r.id, 'Action ' || r.number || '.' || g,
                           'owner-' || c.n || '-' || ((r.number::int * %2$d + g) %% 40),
                           (ARRAY['Council','Police','Health','Education','Probation'])[1 + (r.number::int + g) %% 5], '{}',
                           st.status, CASE WHEN st.status IN ('BLOCKED', 'CANCELLED') THEN 'As agreed' END,
                           current_date + (((r.number::int * %2$d + g) * 37) %% 540 - 180),
                           current_date + (((r.number::int * %2$d + g) * 37) %% 540 - 180)
                               - CASE WHEN g %% 13 = 0 THEN 60 WHEN g %% 7 = 0 THEN 30 ELSE 0 END,
                           CASE WHEN g %% 13 = 0 THEN 2 WHEN g %% 7 = 0 THEN 1 ELSE 0 END,
                           'Board ' || c.code, current_date - 390,
                           CASE WHEN g %% 5 = 0 THEN (ARRAY['%3$s'])[1 + (g / 5) %% 5] END,
                           CASE WHEN g %% 5 = 0 THEN 'UP' END,
                           st.status IN ('COMPLETE', 'VERIFIED'), 'bench', now() - interval '390 days', now()
                    FROM recommendation r JOIN source s ON s.id = r.source_id
                    JOIN bench_council c ON c.code = s.local_authorities[1]
                    CROSS JOIN generate_series(1, %1$d) g
                    CROSS JOIN LATERAL (SELECT (ARRAY['NOT_STARTED','NOT_STARTED','NOT_STARTED','IN_PROGRESS',
                        'IN_PROGRESS','IN_PROGRESS','BLOCKED','COMPLETE','VERIFIED','CANCELLED'])[1 + (r.number::int + g) %% 10]
                        AS status) st""".formatted(perRecommendation, perRecommendation, String.join("','", KPIS)));
            s.execute("""
                    INSERT INTO action_update (id, action_id, written_on, author, text, owner_rag, evidence_url,
                                               evidence_sha256, recorded_at)
                    SELECT gen_random_uuid(), a.id, current_date - 300 + g * 25, a.owner,
                           'Update ' || g || ': progress reported to the board, with what is left to do',
                           (ARRAY['GREEN','AMBER','RED'])[1 + g %% 3],
                           CASE WHEN g = %1$d AND a.has_evidence THEN 'https://council.example/evidence/' || a.id END,
                           CASE WHEN g = %1$d AND a.has_evidence THEN repeat('ab', 32) END,
                           now() - (%1$d - g) * interval '25 days'
                    FROM action a CROSS JOIN generate_series(1, %1$d) g""".formatted(updatesEach));
            s.execute("""
                    INSERT INTO due_date_revision (id, action_id, from_date, to_date, reason, requested_by, requested_at,
                                                   decided_by, approved, decided_at)
                    SELECT gen_random_uuid(), a.id, a.original_due_date + (k - 1) * 30, a.original_due_date + k * 30,
                           'Re-planned', a.owner, now() - interval '100 days', 'head-of-service', true,
                           now() - interval '99 days'
                    FROM action a CROSS JOIN LATERAL generate_series(1, a.revisions) k WHERE a.revisions > 0""");
            s.execute("""
                    INSERT INTO kpi_month (kpi_code, local_authority, month, version, value, target, polarity, rag,
                                           published_at)
                    SELECT k, c.code, (date_trunc('month', current_date) - (m || ' months')::interval)::date, 1,
                           60 + (c.n + m * 3) %% 35, 80, 'HIGHER_IS_BETTER', 'AMBER', now()
                    FROM bench_council c, unnest(ARRAY['%s']) k, generate_series(1, 12) m"""
                    .formatted(String.join("','", KPIS)));
            // what earlier checks said: every open action overdue before yesterday was announced (and escalated
            // when long past), and those due soon were, but for the last days' worth
            s.execute("""
                    UPDATE action SET overdue_said_for = CASE WHEN due_date < current_date - 1 THEN due_date END,
                                      escalated_for = CASE WHEN due_date < current_date - 20 THEN due_date END,
                                      due_soon_said_for = CASE WHEN due_date BETWEEN current_date AND current_date + 3
                                                               THEN due_date END
                     WHERE status NOT IN ('COMPLETE', 'VERIFIED', 'CANCELLED')""");
            s.execute("VACUUM ANALYZE");
        }
        line("## Data");
        line("");
        line("| table | rows |");
        line("|---|---|");
        for (String table : List.of("source", "recommendation", "action", "action_update", "due_date_revision", "kpi_month")) {
            line("| " + table + " | " + String.format("%,d", count(db, "SELECT count(*) FROM " + table)) + " |");
        }
        line("");
        line("Loaded by SQL in " + seconds(Duration.between(started, Instant.now())) + " s; database "
                + value(db, "SELECT pg_size_pretty(pg_database_size(current_database()))") + ".");
    }

    private void boardPack(Connection db, ServiceProcess service, String token, List<String> codes, Random random,
                           int requests, int size) throws Exception {
        IntFunction<String> board = i -> "Board " + codes.get(i % codes.size());
        long open = count(db, "SELECT count(*) FROM action WHERE approved_by_board = 'Board " + codes.get(0)
                + "' AND status NOT IN ('VERIFIED', 'CANCELLED')");
        int pages = (int) Math.max(1, open / size);
        List<Long> api = new ArrayList<>();
        List<Long> sql = new ArrayList<>();
        try (PreparedStatement total = db.prepareStatement("SELECT count(*) FROM action a "
                + "WHERE a.approved_by_board = ? AND a.status NOT IN ('VERIFIED', 'CANCELLED')");
             PreparedStatement page = db.prepareStatement("""
                     WITH a AS (SELECT * FROM action WHERE approved_by_board = ? AND status NOT IN ('VERIFIED', 'CANCELLED')
                                ORDER BY due_date, id LIMIT ? OFFSET ?)
                     SELECT a.*, s.title, r.number, u.written_on, u.author, u.text, u.owner_rag, u.evidence_url,
                            o.owner_rag, d.changes, k.value, k.month
                     FROM a JOIN recommendation r ON r.id = a.recommendation_id JOIN source s ON s.id = r.source_id
                     LEFT JOIN LATERAL (SELECT * FROM action_update x WHERE x.action_id = a.id
                                        ORDER BY recorded_at DESC, id DESC LIMIT 1) u ON true
                     LEFT JOIN LATERAL (SELECT owner_rag FROM action_update x WHERE x.action_id = a.id
                                        AND x.owner_rag IS NOT NULL ORDER BY recorded_at DESC, id DESC LIMIT 1) o ON true
                     LEFT JOIN LATERAL (SELECT array_agg(to_date || ' ' || reason ORDER BY requested_at) AS changes
                                        FROM due_date_revision v WHERE v.action_id = a.id AND v.approved) d ON true
                     LEFT JOIN LATERAL (SELECT value, month FROM kpi_month m WHERE m.kpi_code = a.impact_kpi
                                        AND m.local_authority = s.local_authorities[1] ORDER BY month DESC LIMIT 6) k ON true
                     ORDER BY a.due_date, a.id""")) {
            for (int i = -50; i < requests; i++) {
                int council = random.nextInt(codes.size());
                int at = random.nextInt(pages);
                String name = board.apply(council);
                long t = System.nanoTime();
                get(service, "/api/v1/reports/board-pack?board=" + name.replace(" ", "%20") + "&page=" + at
                        + "&size=" + size, token);
                long took = System.nanoTime() - t;
                t = System.nanoTime();
                total.setString(1, name);
                try (ResultSet rs = total.executeQuery()) {
                    rs.next();
                }
                page.setString(1, name);
                page.setInt(2, size);
                page.setInt(3, at * size);
                drain(page);
                long plain = System.nanoTime() - t;
                if (i >= 0) {
                    api.add(took);
                    sql.add(plain);
                }
            }
        }
        line("");
        line("## Board pack, " + size + " actions a page (" + String.format("%,d", open) + " open actions a board)");
        table(api, sql, "a page of a random board's pack");
    }

    private void progress(Connection db, ServiceProcess service, String token, List<String> codes, Random random,
                          int requests, String by) throws Exception {
        String key = by.equals("owner") ? "a.owner" : "s.id::text";
        List<Long> api = new ArrayList<>();
        List<Long> sql = new ArrayList<>();
        try (PreparedStatement plain = db.prepareStatement("SELECT " + key + """
                , count(*), count(*) FILTER (WHERE a.status = 'NOT_STARTED'), count(*) FILTER (WHERE a.status = 'IN_PROGRESS'),
                  count(*) FILTER (WHERE a.status = 'BLOCKED'), count(*) FILTER (WHERE a.status = 'COMPLETE'),
                  count(*) FILTER (WHERE a.status = 'VERIFIED'), count(*) FILTER (WHERE a.status = 'CANCELLED'),
                  count(*) FILTER (WHERE a.status NOT IN ('COMPLETE', 'VERIFIED', 'CANCELLED') AND a.due_date < current_date),
                  count(*) FILTER (WHERE a.revisions = 1), count(*) FILTER (WHERE a.revisions > 1)
                FROM action a JOIN recommendation r ON r.id = a.recommendation_id JOIN source s ON s.id = r.source_id
                WHERE s.local_authorities @> ARRAY[?::text] GROUP BY 1 ORDER BY 1""")) {
            for (int i = -50; i < requests; i++) {
                String council = codes.get(random.nextInt(codes.size()));
                long t = System.nanoTime();
                get(service, "/api/v1/reports/progress?by=" + by + "&localAuthority=" + council, token);
                long took = System.nanoTime() - t;
                t = System.nanoTime();
                plain.setString(1, council);
                drain(plain);
                long floor = System.nanoTime() - t;
                if (i >= 0) {
                    api.add(took);
                    sql.add(floor);
                }
            }
        }
        line("");
        line("## Progress report by " + by + ", one council (2,000 actions)");
        table(api, sql, "a random council's report");
    }

    private void scan(Connection db, ServiceProcess service, String admin) throws Exception {
        line("");
        line("## The reminder check over all " + String.format("%,d", count(db, "SELECT count(*) FROM action"))
                + " actions");
        line("");
        line("| check | examined | announced | in the service | over HTTP |");
        line("|---|---|---|---|---|");
        for (String which : List.of("first: the day's due-soon, overdue and escalations to announce",
                "again at once: nothing left to say")) {
            long t = System.nanoTime();
            String body = post(service, "/api/v1/reminder-checks", admin);
            long took = System.nanoTime() - t;
            line("| " + which + " | " + field(body, "examined") + " | " + field(body, "announced") + " | "
                    + field(body, "tookMillis") + " ms | " + String.format("%.0f ms", took / 1e6) + " |");
        }
    }

    private void table(List<Long> api, List<Long> sql, String what) {
        line("");
        line(api.size() + " requests, each " + what + ", after 50 to warm up; the plain SQL is the same page or report "
                + "read by JDBC in one go (LATERAL joins for the latest update, the date changes and the KPI months), "
                + "without JSON.");
        line("");
        line("| | p50 | p95 | p99 |");
        line("|---|---|---|---|");
        line("| **through the API** | " + ms(api, 50) + " | **" + ms(api, 95) + "** | " + ms(api, 99) + " |");
        line("| plain SQL | " + ms(sql, 50) + " | " + ms(sql, 95) + " | " + ms(sql, 99) + " |");
        line("| ratio (API / SQL) | " + ratio(api, sql, 50) + " | " + ratio(api, sql, 95) + " | " + ratio(api, sql, 99) + " |");
    }

    private static void drain(PreparedStatement statement) throws Exception {
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
            }
        }
    }

    private String get(ServiceProcess service, String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private String post(ServiceProcess service, String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static long count(Connection db, String query) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String value(Connection db, String query) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*([0-9]+)").matcher(json);
        return m.find() ? String.format("%,d", Long.parseLong(m.group(1))) : "?";
    }

    private static long at(List<Long> nanos, int percentile) {
        return Benchmarks.percentile(nanos, percentile);
    }

    private static String ms(List<Long> nanos, int percentile) {
        return String.format("%.1f ms", at(nanos, percentile) / 1e6);
    }

    private static String ratio(List<Long> api, List<Long> sql, int percentile) {
        return String.format("%.1f", (double) at(api, percentile) / at(sql, percentile));
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f", duration.toMillis() / 1000.0);
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
