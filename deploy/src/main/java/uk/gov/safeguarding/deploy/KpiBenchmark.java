package uk.gov.safeguarding.deploy;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.localinfra.FreePorts;
import uk.gov.safeguarding.localinfra.KafkaBroker;
import uk.gov.safeguarding.localinfra.LocalIssuer;
import uk.gov.safeguarding.localinfra.PostgresServer;

/**
 * kpi-service at national scale (issue 3's benchmark), run by {@code deploy/bench-kpi.sh}:
 * <ol>
 *   <li>loads contact facts for 153 councils over 10 years at England's volumes straight into kpi-service's
 *       database (COPY), marks every council month and times the service working all the figures out;</li>
 *   <li>scorecard reads (p50/p95/p99) against the same contact figures computed by plain SQL GROUP BYs over
 *       the raw facts;</li>
 *   <li>the full values feed as CSV, page by page;</li>
 *   <li>freshness: contact-decided events sent to Kafka at a steady rate, and how long until the value
 *       feed shows each one.</li>
 * </ol>
 */
public final class KpiBenchmark {

    private static final ZoneId LONDON = LondonTime.ZONE;
    private static final Pattern DENOMINATOR = Pattern.compile("\"denominator\"\\s*:\\s*(\\d+)");
    private static final Pattern SHOWN_VALUE = Pattern.compile("\"value\"\\s*:\\s*-?\\d");
    private static final int WARM_UP_READS = 2_000;
    private static final int WARM_UP_NAIVE = 20;
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    private static final String[] SOURCES = {"1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F",
            "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"};
    private static final double[] SOURCE_SHARE = {4, 1, 1, 2, 17, 2, 3, 3, 1, 6, 4, 2, 2, 3, 2, 3, 3, 29, 2, 5, 2, 3};

    private final Map<String, String> options;
    private final Path work;
    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KpiBenchmark(Map<String, String> options, Path work) {
        this.options = options;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Map<String, String> options = Benchmarks.options(args);
        Path work = Files.createTempDirectory("kpi-bench-");
        try {
            new KpiBenchmark(options, work).run();
        } finally {
            // Ten years of national data is several GB: not left behind in the temporary directory.
            LocalStack.deleteRecursively(work);
        }
    }

    private int option(String name, int defaultValue) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(defaultValue)));
    }

    private void run() throws Exception {
        int councils = option("councils", 153);
        int years = option("years", 10);
        int contactsPerYear = option("contacts-per-year", 2_400_000);
        Path root = Path.of("").toAbsolutePath();
        try (PostgresServer postgres = PostgresServer.embedded(work.resolve("pg"), 0);
             KafkaBroker broker = KafkaBroker.onFreePorts(work.resolve("kafka")).start()) {
            broker.createTopics(Topics.withDeadLetters(), 3);
            LocalIssuer issuer = LocalIssuer.inDirectory(work.resolve("issuer"));
            LocalStack.ServiceSpec spec = new LocalStack.ServiceSpec("kpi-service", FreePorts.next(), "kpi", "KPI", null);
            postgres.ensureDatabase(spec.database());
            ServiceProcess service = new ServiceProcess(spec.name(), spec.port(), spec.jar(root), "512m");
            // e.g. --service-jvm-args=-agentpath:/path/libasyncProfiler.so=start,event=itimer,threads,file=/tmp/p.txt,collapsed
            List<String> jvmArgs = options.containsKey("service-jvm-args")
                    ? List.of(options.get("service-jvm-args").split(" ")) : List.of();
            service.start(spec.environment(postgres, broker.bootstrapServers(), issuer, work), jvmArgs,
                    work.resolve("kpi-service.log"));
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("kpi"), postgres.user(), postgres.password())) {
                service.awaitReady(http, Duration.ofSeconds(120));
                String analyst = issuer.token("bench-analyst", List.of("analyst"), Duration.ofHours(6));
                line("# kpi-service benchmark, " + LocalDate.now());
                line("");
                line(Benchmarks.machine("kpi-service -Xmx512m; PostgreSQL (embedded) and Kafka 4.1 on the same machine."));
                line("");
                Councils england = Councils.england(councils);
                List<String> councilCodes = england.codes();
                load(db, england, years, contactsPerYear);
                int practiceYears = option("practice-years", years);
                if (practiceYears > 0) {
                    loadPractice(db, england, practiceYears);
                }
                recompute(db, "contacts", "every figure of the 5 contact KPIs (by source where they have it)");
                if (practiceYears > 0) {
                    recompute(db, FACT_KINDS_OF_PRACTICE, "every figure of the 9 practice KPIs other than open cases and "
                            + "caseloads (by team where they have it)");
                    // Apart: loading a month's open episodes is the read that grows with the years a council holds.
                    recompute(db, "caseloads", "every figure of open cases and caseloads (by team)");
                }
                settle(db);
                line("");
                reads(db, service, analyst, councilCodes, practiceYears > 0 ? Math.min(years, practiceYears) : years,
                        practiceYears > 0);
                if (!options.containsKey("reads-only")) {
                    export(service, analyst);
                    freshness(db, broker, service, analyst, councilCodes);
                }
            } finally {
                service.stop();
            }
        }
        System.out.println("\n" + report);
        Files.writeString(Path.of("deploy", "target", "kpi-benchmark.md"), report.toString());
    }

    /** Councils with their sizes spread log-normally; a size of 1 is the average council. */
    record Councils(List<String> codes, double[] sizes) {

        /** England's real councils (the services refuse any other code), sized at random. */
        static Councils england(int count) {
            Random random = new Random(153);
            List<String> codes = new ArrayList<>();
            double[] weight = new double[count];
            double total = 0;
            for (int i = 0; i < count; i++) {
                codes.add(uk.gov.safeguarding.kernel.Councils.england().all().get(i % 153).onsCode());
                weight[i] = Math.exp(random.nextGaussian() * 0.6);
                total += weight[i];
            }
            for (int i = 0; i < count; i++) {
                weight[i] = weight[i] * count / total;
            }
            return new Councils(codes, weight);
        }
    }

    /** Contact facts for every council and month, as the consumer would have stored them. */
    private void load(Connection db, Councils england, int years, int contactsPerYear) throws Exception {
        Random random = new Random(153);
        List<String> codes = england.codes();
        int councils = codes.size();
        YearMonth last = YearMonth.now(LONDON).minusMonths(1);
        YearMonth first = last.minusYears(years).plusMonths(1);
        long perMonth = contactsPerYear / 12L;
        Instant started = Instant.now();
        long[] rows = {0};
        String copy = "COPY contact_fact (contact_id, local_authority, source, received_at, received_month, children, "
                + "repeat_children, decided_at, decided_month, outcome, progressed, referrer_informed_at, event_time) "
                + "FROM STDIN";
        Reader generated = new LineReader(new Iterator<String>() {
            int council = 0;
            YearMonth month = first;
            long left = count();

            long count() {
                return Math.round(perMonth * england.sizes()[council] / councils);
            }

            @Override
            public boolean hasNext() {
                return council < councils;
            }

            @Override
            public String next() {
                String line = contactLine(random, codes.get(council), month);
                rows[0]++;
                if (--left <= 0) {
                    month = month.plusMonths(1);
                    if (month.isAfter(last)) {
                        month = first;
                        council++;
                    }
                    left = council < councils ? count() : 0;
                }
                return line;
            }
        });
        System.out.println("Loading contact facts: " + councils + " councils, " + first + " to " + last);
        ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI().copyIn(copy, generated);
        try (Statement statement = db.createStatement()) {
            statement.execute("ANALYZE contact_fact");
        }
        Duration took = Duration.between(started, Instant.now());
        line("## Data");
        line("");
        line(String.format("- %,d contact facts: %d councils (sizes spread log-normally), %s to %s, %,d a year "
                        + "(England's contacts are several times its ~630,000 referrals). Loaded with COPY in %d s.",
                rows[0], councils, first, last, contactsPerYear, took.toSeconds()));
    }

    /**
     * Practice records for every council, made by the demo's generator in two-year windows (an episode
     * still open at the end of a window but the last is closed on its last day, so caseloads stay level
     * over ten years) and COPYed into practice_record as the intake would have stored them. The average
     * council has 2,600 open cases and 350 assessments a month: England's ~400,000 children in need and
     * ~650,000 assessments a year over 153 councils.
     */
    private void loadPractice(Connection db, Councils england, int years) throws Exception {
        LocalDate end = YearMonth.now(LONDON).minusMonths(1).atEndOfMonth();
        LocalDate start = end.minusYears(years).plusDays(1);
        Instant started = Instant.now();
        Map<String, Long> byKind = new TreeMap<>();
        String updatedAt = Instant.now().toString();
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(50_000);
        String endOfLines = "";
        Thread producer = new Thread(() -> {
            try {
                for (int council = 0; council < england.codes().size(); council++) {
                    double size = england.sizes()[council];
                    for (LocalDate from = start; from.isBefore(end); from = from.plusYears(2)) {
                        LocalDate to = from.plusYears(2).minusDays(1).isAfter(end) ? end : from.plusYears(2).minusDays(1);
                        LocalDate windowEnd = to;
                        boolean lastWindow = to.equals(end);
                        new PracticeGenerator(england.codes().get(council), "c" + council + "w" + from.getYear(), from, to,
                                PracticeGenerator.Rates.DERBY_2021, council * 31L + from.getYear())
                                .records((int) Math.round(2_600 * size), (int) Math.round(350 * size), record -> {
                                    byKind.merge(record.kind(), 1L, Long::sum);
                                    put(lines, copyRow(record, lastWindow ? null : windowEnd, updatedAt));
                                });
                    }
                }
            } finally {
                put(lines, endOfLines);
            }
        }, "practice-generator");
        producer.start();
        System.out.println("Loading practice records: " + england.codes().size() + " councils, " + start + " to " + end);
        Reader generated = new LineReader(new Iterator<String>() {
            String next = take(lines);

            @Override
            public boolean hasNext() {
                return !next.equals(endOfLines);
            }

            @Override
            public String next() {
                String line = next;
                next = take(lines);
                return line;
            }
        });
        ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI().copyIn("COPY practice_record (" + PRACTICE_COLUMNS
                + ") FROM STDIN", generated);
        producer.join();
        try (Statement statement = db.createStatement()) {
            statement.execute("ANALYZE practice_record");
        }
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        line(String.format("- %,d practice records for the same councils, %s to %s (%s), loaded with COPY in %d s.",
                total, start, end, byKind.entrySet().stream().map(entry -> String.format("%s %,d", entry.getKey(),
                        entry.getValue())).collect(Collectors.joining(", ")),
                Duration.between(started, Instant.now()).toSeconds()));
    }

    private static final String PRACTICE_COLUMNS = "kind, record_id, local_authority, child_ref, team, worker, "
            + "referral_date, start_date, end_date, authorised_date, event_date, strategy_discussion_date, icpc_date, "
            + "categories, previous_plans, seen_alone, placement_type, placement_start_date, updated_at";
    private static final List<String> PRACTICE_FIELDS = List.of("worker", "referralDate", "startDate", "endDate",
            "authorisedDate", "date", "strategyDiscussionDate", "icpcDate", "categories", "previousPlans", "seenAlone",
            "placementType", "placementStartDate");
    private static final Set<String> EPISODES = Set.of("ALLOCATION", "CP_PLAN", "CIN_PLAN",
            "CLA_EPISODE");

    private static String copyRow(PracticeGenerator.Practice record, LocalDate closeOpenEpisodesOn, String updatedAt) {
        StringBuilder row = new StringBuilder(160).append(record.kind()).append('\t').append(record.recordId())
                .append('\t').append(record.localAuthority()).append('\t').append(record.childRef())
                .append('\t').append(record.team());
        for (String field : PRACTICE_FIELDS) {
            Object value = record.fields().get(field);
            if (value == null && field.equals("endDate") && closeOpenEpisodesOn != null
                    && EPISODES.contains(record.kind())) {
                value = closeOpenEpisodesOn;
            }
            row.append('\t').append(value == null ? "\\N" : value instanceof List<?> list
                    ? list.stream().map(Object::toString).collect(Collectors.joining(",", "{", "}"))
                    : value.toString());
        }
        return row.append('\t').append(updatedAt).append('\n').toString();
    }

    private static void put(BlockingQueue<String> queue, String line) {
        try {
            queue.put(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String take(BlockingQueue<String> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String contactLine(Random random, String council, YearMonth month) {
        LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        Instant received = day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(LONDON).toInstant();
        boolean decided = random.nextInt(100) < 97;
        Instant decidedAt = decided ? received.plus(Duration.ofHours(random.nextInt(100) < 90 ? 3 : 40)) : null;
        boolean progressed = decided && random.nextInt(100) < 15;
        String outcome = !decided ? "\\N" : progressed ? "CIN_REFERRAL" : "NFA";
        Instant informed = decided && random.nextInt(10) < 8 ? decidedAt.plus(Duration.ofDays(1)) : null;
        return String.join("\t", UUID.randomUUID().toString(), council, source(random), received.toString(),
                month.atDay(1).toString(), "1", random.nextInt(100) < 22 ? "1" : "0",
                decided ? decidedAt.toString() : "\\N",
                decided ? YearMonth.from(decidedAt.atZone(LONDON)).atDay(1).toString() : "\\N", outcome,
                String.valueOf(progressed), informed == null ? "\\N" : informed.toString(), received.toString()) + "\n";
    }

    private static String source(Random random) {
        double pick = random.nextDouble() * 100;
        for (int i = 0; i < SOURCES.length; i++) {
            pick -= SOURCE_SHARE[i];
            if (pick <= 0) {
                return SOURCES[i];
            }
        }
        return "10";
    }

    private static final String FACT_KINDS_OF_PRACTICE = "assessments,s47-enquiries,child-protection,children-in-need,"
            + "children-in-care";

    /** Marks every council month of these kinds of fact and times the service working out all their figures. */
    private void recompute(Connection db, String factKinds, String what) throws Exception {
        Instant started = Instant.now();
        long marked;
        long valuesBefore = count(db, "SELECT count(*) FROM kpi_value");
        try (Statement statement = db.createStatement()) {
            marked = statement.executeUpdate(factKinds.equals("contacts")
                    ? "INSERT INTO month_to_recompute (local_authority, month, fact_kind) "
                    + "SELECT DISTINCT local_authority, received_month, 'contacts' FROM contact_fact "
                    + "UNION SELECT DISTINCT local_authority, decided_month, 'contacts' FROM contact_fact "
                    + "WHERE decided_month IS NOT NULL ON CONFLICT DO NOTHING"
                    : "INSERT INTO month_to_recompute (local_authority, month, fact_kind) "
                    + "SELECT c.local_authority, m, k FROM (SELECT local_authority, min(coalesce(start_date, event_date, "
                    + "authorised_date, icpc_date)) AS first FROM practice_record GROUP BY local_authority) c "
                    + "CROSS JOIN LATERAL generate_series(date_trunc('month', c.first)::date, "
                    + "date_trunc('month', now() - interval '1 month')::date, interval '1 month') m "
                    + "CROSS JOIN unnest(string_to_array('" + factKinds + "', ',')) k ON CONFLICT DO NOTHING");
        }
        System.out.println("Recomputing " + marked + " council months of " + factKinds);
        long left = marked;
        while (left > 0) {
            Thread.sleep(5_000);
            left = count(db, "SELECT count(*) FROM month_to_recompute");
            System.out.printf("  %d left after %d s%n", left, Duration.between(started, Instant.now()).toSeconds());
        }
        Duration took = Duration.between(started, Instant.now());
        long values = count(db, "SELECT count(*) FROM kpi_value") - valuesBefore;
        line(String.format("- Working out %s: %,d council months and kinds of fact, %,d KPI value rows, in %d s: "
                        + "%.1f a second.", what, marked, values, took.toSeconds(),
                marked / Math.max(1.0, took.toMillis() / 1000.0)));
    }

    /**
     * VACUUM ANALYZE after the bulk load and the recount, as autovacuum would in time: otherwise it runs
     * over the freshly loaded and much-updated tables during the reads, and they measure maintenance.
     */
    private void settle(Connection db) throws Exception {
        Instant started = Instant.now();
        System.out.println("VACUUM ANALYZE");
        try (Statement statement = db.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
        line(String.format("- VACUUM ANALYZE of the whole database before the reads: %d s.",
                Duration.between(started, Instant.now()).toSeconds()));
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The whole scorecard worked out by plain SQL over the raw facts, as an analyst would without stored
     * figures: each KPI grouped by month over the 13 months a month's figure, 6-month average and
     * year-on-year change need. Calendar days stand in for working days (SQL has no bank holidays).
     * Parameters: council, first month, last month (as first days).
     */
    private static final List<String> NAIVE_CONTACTS = List.of("""
            SELECT received_month, sum(children), sum(repeat_children)
              FROM contact_fact WHERE local_authority = ? AND received_month BETWEEN ? AND ? GROUP BY received_month""", """
            SELECT decided_month, count(*), count(*) FILTER (WHERE progressed),
                   count(*) FILTER (WHERE decided_at - received_at <= interval '1 day'),
                   count(*) FILTER (WHERE referrer_informed_at - decided_at <= interval '7 days')
              FROM contact_fact WHERE local_authority = ? AND decided_month BETWEEN ? AND ? GROUP BY decided_month""");
    private static final List<String> NAIVE_NAMES = List.of("contacts received", "contacts decided", "assessments",
            "ICPCs", "CP plans ended", "CP plans started", "CP visits", "CIC visits", "CP reviews", "CIN reviews",
            "CIC reviews", "open cases and caseloads");
    private static final String MONTH_ENDS = "(SELECT (d + interval '1 month' - interval '1 day')::date AS month_end "
            + "FROM generate_series(?::date, ?::date, interval '1 month') d) m";
    private static final List<String> NAIVE_PRACTICE = List.of("""
            SELECT date_trunc('month', authorised_date), count(*), count(*) FILTER (WHERE authorised_date - referral_date <= 63)
              FROM practice_record WHERE local_authority = ? AND kind = 'ASSESSMENT'
               AND authorised_date BETWEEN ? AND (?::date + interval '1 month - 1 day') GROUP BY 1""", """
            SELECT date_trunc('month', icpc_date), count(*), count(*) FILTER (WHERE icpc_date - strategy_discussion_date <= 21)
              FROM practice_record WHERE local_authority = ? AND kind = 'S47_ENQUIRY'
               AND icpc_date BETWEEN ? AND (?::date + interval '1 month - 1 day') GROUP BY 1""", """
            SELECT date_trunc('month', end_date), count(*), count(*) FILTER (WHERE end_date >= start_date + interval '2 years')
              FROM practice_record WHERE local_authority = ? AND kind = 'CP_PLAN'
               AND end_date BETWEEN ? AND (?::date + interval '1 month - 1 day') GROUP BY 1""", """
            SELECT date_trunc('month', start_date), count(*), count(*) FILTER (WHERE previous_plans > 0)
              FROM practice_record WHERE local_authority = ? AND kind = 'CP_PLAN'
               AND start_date BETWEEN ? AND (?::date + interval '1 month - 1 day') GROUP BY 1""",
            visitsAtMonthEnd("CP_PLAN", "CP_VISIT", 14), visitsAtMonthEnd("CLA_EPISODE", "CLA_VISIT", 42),
            reviewsOnTime("CP_PLAN", "CP_REVIEW", 92), reviewsOnTime("CIN_PLAN", "CIN_REVIEW", 92),
            reviewsOnTime("CLA_EPISODE", "CLA_REVIEW", 28), """
            SELECT p.local_authority, m.month_end, count(DISTINCT p.child_ref),
                   count(DISTINCT p.child_ref) FILTER (WHERE p.kind = 'ALLOCATION'), count(DISTINCT p.worker)
              FROM practice_record p JOIN %s ON p.start_date <= m.month_end AND (p.end_date IS NULL OR p.end_date > m.month_end)
             WHERE p.local_authority = ? AND p.kind IN ('ALLOCATION', 'CP_PLAN', 'CIN_PLAN', 'CLA_EPISODE')
             GROUP BY 1, 2""".formatted(MONTH_ENDS));

    private static String visitsAtMonthEnd(String episode, String visit, int days) {
        return """
                SELECT p.local_authority, m.month_end, count(*), count(*) FILTER (WHERE (SELECT max(v.event_date)
                         FROM practice_record v WHERE v.local_authority = p.local_authority AND v.child_ref = p.child_ref
                          AND v.kind = '%s' AND v.event_date <= m.month_end) >= m.month_end - %d)
                  FROM practice_record p JOIN %s ON p.start_date <= m.month_end AND (p.end_date IS NULL OR p.end_date > m.month_end)
                 WHERE p.local_authority = ? AND p.kind = '%s'
                 GROUP BY 1, 2""".formatted(visit, days, MONTH_ENDS, episode);
    }

    /** Held within the first interval of the episode starting, then within six months of the one before. */
    private static String reviewsOnTime(String episode, String review, int firstDays) {
        return """
                SELECT r.local_authority, date_trunc('month', r.event_date), count(*),
                       count(*) FILTER (WHERE r.event_date <= coalesce(r.previous + 183, r.episode_start + %d))
                  FROM (SELECT v.local_authority, v.event_date,
                               lag(v.event_date) OVER (PARTITION BY v.child_ref ORDER BY v.event_date) AS previous,
                               (SELECT max(p.start_date) FROM practice_record p WHERE p.local_authority = v.local_authority
                                   AND p.child_ref = v.child_ref AND p.kind = '%s' AND p.start_date <= v.event_date) AS episode_start
                          FROM practice_record v WHERE v.local_authority = ? AND v.kind = '%s'
                           AND v.event_date BETWEEN ?::date - 200 AND (?::date + interval '1 month - 1 day')) r
                 WHERE r.event_date >= ? GROUP BY 1, 2""".formatted(firstDays, episode, review);
    }

    /** Scorecard reads through the API, beside the same figures by GROUP BY over the raw facts. */
    private void reads(Connection db, ServiceProcess service, String token, List<String> councils, int years,
                       boolean practice) throws Exception {
        int count = option("reads", 2_000);
        Random random = new Random(7);
        YearMonth last = YearMonth.now(LONDON).minusMonths(1);
        long[] api = new long[count];
        long[] contactsOnly = new long[count];
        long[] everything = new long[count];
        long[] stored = new long[count];
        long[][] perQuery = new long[NAIVE_CONTACTS.size() + NAIVE_PRACTICE.size()][count];
        String storedFigures = "SELECT kpi_code, numerator, denominator, value, six_month_average, change_on_last_month, "
                + "change_on_last_year_percent FROM kpi_value WHERE local_authority = ? AND month = ? AND breakdown = ''";
        List<String> naive = new ArrayList<>(NAIVE_CONTACTS);
        if (practice) {
            naive.addAll(NAIVE_PRACTICE);
        }
        System.out.println("Scorecard reads: " + count + " through the API and as plain SQL");
        List<PreparedStatement> queries = new ArrayList<>();
        try (PreparedStatement figures = db.prepareStatement(storedFigures)) {
            for (String sql : naive) {
                queries.add(db.prepareStatement(sql));
            }
            long valuesShown = 0;
            for (int i = -WARM_UP_READS; i < count; i++) {
                String council = councils.get(random.nextInt(councils.size()));
                YearMonth month = last.minusMonths(random.nextInt(years * 12 - 13));
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl()
                                + "/api/v1/scorecards/" + council + "/" + month))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                long apiNanos = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Scorecard answered " + response.statusCode());
                }
                if (i < -WARM_UP_NAIVE) {
                    continue;
                }
                Matcher shown = SHOWN_VALUE.matcher(response.body());
                while (i >= 0 && shown.find()) {
                    valuesShown++;
                }
                long contactNanos = 0;
                start = System.nanoTime();
                for (int q = 0; q < queries.size(); q++) {
                    long queryStart = System.nanoTime();
                    runNaive(queries.get(q), naive.get(q), council, month.minusMonths(12), month);
                    if (i >= 0) {
                        perQuery[q][i] = System.nanoTime() - queryStart;
                    }
                    if (q == NAIVE_CONTACTS.size() - 1) {
                        contactNanos = System.nanoTime() - start;
                    }
                }
                long naiveNanos = System.nanoTime() - start;
                start = System.nanoTime();
                figures.setString(1, council);
                figures.setDate(2, java.sql.Date.valueOf(month.atDay(1)));
                try (ResultSet rs = figures.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(2);
                    }
                }
                long storedNanos = System.nanoTime() - start;
                if (i >= 0) {
                    api[i] = apiNanos;
                    contactsOnly[i] = contactNanos;
                    everything[i] = naiveNanos;
                    stored[i] = storedNanos;
                }
            }
            line("## Scorecard reads");
            line("");
            line(String.format("- After %,d reads to warm up, a scorecard showed %.1f of its KPIs with a value on "
                    + "average (a KPI without a denominator that month shows none).", WARM_UP_READS,
                    valuesShown / (double) count));
        } finally {
            for (PreparedStatement query : queries) {
                query.close();
            }
        }
        Arrays.sort(api);
        Arrays.sort(contactsOnly);
        Arrays.sort(everything);
        Arrays.sort(stored);
        line(String.format("- `GET /api/v1/scorecards/{council}/{month}` (every KPI with value, 6-month average, "
                        + "target, RAG, direction, benchmarks; JWT checked; JSON), %d reads one after another, random council and "
                        + "month: **p50 %.1f ms, p95 %.1f ms, p99 %.1f ms** (goal p95 < 50 ms).", count, ms(api, 0.50),
                ms(api, 0.95), ms(api, 0.99)));
        line(String.format("- Naive: the same figures by GROUP BY over the raw facts (%d queries: the 13 months the "
                        + "6-month average and year-on-year need; calendar days for working days), plain JDBC, same "
                        + "councils and months: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms. The 5 contact KPIs alone: "
                        + "p50 %.1f ms, p95 %.1f ms.", naive.size(), ms(everything, 0.50), ms(everything, 0.95),
                ms(everything, 0.99), ms(contactsOnly, 0.50), ms(contactsOnly, 0.95)));
        StringBuilder queryTimes = new StringBuilder();
        for (int q = 0; q < naive.size(); q++) {
            Arrays.sort(perQuery[q]);
            queryTimes.append(q == 0 ? "" : ", ").append(String.format("%s %.1f", NAIVE_NAMES.get(q), ms(perQuery[q], 0.50)));
        }
        line("- Naive, p50 of each query in ms: " + queryTimes + ".");
        line(String.format("- The scorecard's own query over the stored figures (all KPIs, council-wide), plain JDBC: "
                + "p50 %.2f ms, p95 %.2f ms.", ms(stored, 0.50), ms(stored, 0.95)));
        line(String.format("- Ratio, naive over the scorecard through the API: **%.1f× at p50, %.1f× at p95** "
                        + "(goal ≥ 20×); over the stored-figures query, database to database: %.1f× at p50, %.1f× at p95. "
                        + "Contact KPIs alone over the scorecard: %.1f× at p50, %.1f× at p95.",
                ms(everything, 0.50) / ms(api, 0.50), ms(everything, 0.95) / ms(api, 0.95),
                ms(everything, 0.50) / ms(stored, 0.50), ms(everything, 0.95) / ms(stored, 0.95),
                ms(contactsOnly, 0.50) / ms(api, 0.50), ms(contactsOnly, 0.95) / ms(api, 0.95)));
        line("");
    }

    /** Binds each query's placeholders in order: council and dates as the query's text asks for them. */
    private static void runNaive(PreparedStatement query, String sql, String council, YearMonth first, YearMonth last)
            throws Exception {
        java.sql.Date from = java.sql.Date.valueOf(first.atDay(1));
        java.sql.Date to = java.sql.Date.valueOf(last.atDay(1));
        int index = 1;
        if (sql.contains(MONTH_ENDS)) {
            query.setDate(index++, from);
            query.setDate(index++, to);
            query.setString(index, council);
        } else {
            query.setString(index++, council);
            query.setDate(index++, from);
            query.setDate(index++, to);
            if (sql.contains("r.event_date >= ?")) {
                query.setDate(index, from);
            }
        }
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rs.getObject(2);
            }
        }
    }

    /** The whole values feed as CSV, following the Link rel=next pages. */
    private void export(ServiceProcess service, String token) throws Exception {
        System.out.println("Exporting the values feed as CSV");
        String url = service.baseUrl() + "/api/v1/kpi-values?breakdown=ALL&limit=10000&format=csv";
        long rows = 0;
        long bytes = 0;
        int pages = 0;
        Instant started = Instant.now();
        while (url != null) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Export page answered " + response.statusCode());
            }
            pages++;
            rows += response.body().lines().count() - 1;
            bytes += response.body().getBytes(StandardCharsets.UTF_8).length;
            url = response.headers().firstValue("Link").map(NEXT::matcher).filter(Matcher::find)
                    .map(matcher -> matcher.group(1)).orElse(null);
        }
        Duration took = Duration.between(started, Instant.now());
        line("## Full CSV export");
        line("");
        line(String.format("- Every KPI value row (all breakdowns), `text/csv`, 10,000 rows a page: **%,d rows, "
                        + "%.0f MB, %d pages in %.1f s** (%,.0f rows a second).", rows, bytes / 1e6, pages,
                took.toMillis() / 1000.0, rows / Math.max(0.001, took.toMillis() / 1000.0)));
        line("");
    }

    /**
     * Contact-decided events at a steady rate for councils' current month; the value feed is polled and
     * each event's latency is the time from sending it until the denominator counts it.
     */
    private void freshness(Connection db, KafkaBroker broker, ServiceProcess service, String token,
                           List<String> councils) throws Exception {
        int rate = option("rate", 200);
        int seconds = option("seconds", 60);
        List<String> watched = councils.subList(0, Math.min(10, councils.size()));
        YearMonth month = YearMonth.now(LONDON);
        Map<String, Integer> baseline = new HashMap<>();
        for (String council : watched) {
            baseline.put(council, decided(service, token, council, month));
        }
        Map<String, List<Long>> sentAt = new ConcurrentHashMap<>();
        Map<String, List<Long>> seenAt = new ConcurrentHashMap<>();
        watched.forEach(council -> {
            sentAt.put(council, Collections.synchronizedList(new ArrayList<>()));
            seenAt.put(council, Collections.synchronizedList(new ArrayList<>()));
        });
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (sending.get() || !caughtUp(sentAt, seenAt)) {
                for (String council : watched) {
                    try {
                        int count = decided(service, token, council, month) - baseline.get(council);
                        List<Long> seen = seenAt.get(council);
                        long now = System.nanoTime();
                        while (seen.size() < count) {
                            seen.add(now);
                        }
                    } catch (Exception e) {
                        // the next poll tries again
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        poller.start();
        System.out.println("Freshness: " + rate + " decided contacts a second for " + seconds + " s");
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0);
        Random random = new Random(11);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long next = System.nanoTime();
            for (int i = 0; i < rate * seconds; i++) {
                while (System.nanoTime() < next) {
                    Thread.onSpinWait();
                }
                next += interval;
                String council = watched.get(random.nextInt(watched.size()));
                UUID id = UUID.randomUUID();
                Instant now = Instant.now();
                RecordHeaders headers = new RecordHeaders();
                headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
                headers.add("ce_type", "safeguarding.contact.decided.v1".getBytes(StandardCharsets.UTF_8));
                headers.add("ce_source", "/contacts-service".getBytes(StandardCharsets.UTF_8));
                headers.add("ce_subject", id.toString().getBytes(StandardCharsets.UTF_8));
                headers.add("ce_time", now.toString().getBytes(StandardCharsets.UTF_8));
                String body = """
                        {"contactId":"%s","localAuthority":"%s","source":"6","receivedAt":"%s","status":"DECIDED",
                         "children":[{"childRef":"B%d","earlierContacts":0}],"decidedAt":"%s","outcome":"NFA","progressed":false}"""
                        .formatted(id, council, now.minusSeconds(600), i, now);
                sentAt.get(council).add(System.nanoTime());
                producer.send(new ProducerRecord<>(Topics.CONTACTS, null, id.toString(), body, headers));
            }
        }
        sending.set(false);
        poller.join(TimeUnit.MINUTES.toMillis(10));
        List<Long> latencies = new ArrayList<>();
        for (String council : watched) {
            List<Long> sent = sentAt.get(council);
            List<Long> seen = seenAt.get(council);
            for (int i = 0; i < Math.min(sent.size(), seen.size()); i++) {
                latencies.add(seen.get(i) - sent.get(i));
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        line("## Freshness: contact decided to KPI updated");
        line("");
        line(String.format("- %d contact-decided events a second for %d s (%,d events) to %d councils' current month, "
                        + "each council already holding %d years of contacts; the value feed polled every ~20 ms per "
                        + "council. Time from sending an event until CONTACTS_PROGRESSED counts it: **p50 %.0f ms, "
                        + "p95 %.0f ms, p99 %.0f ms, max %.0f ms** (goal p95 < 1 s). %,d of %,d events seen.",
                rate, seconds, rate * seconds, watched.size(), option("years", 10), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                ms(sorted, 1.0), sorted.length, rate * seconds));
        line("");
    }

    private static boolean caughtUp(Map<String, List<Long>> sent, Map<String, List<Long>> seen) {
        return sent.keySet().stream().allMatch(council -> seen.get(council).size() >= sent.get(council).size());
    }

    private int decided(ServiceProcess service, String token, String council, YearMonth month)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl()
                        + "/api/v1/kpi-values?kpi=CONTACTS_PROGRESSED&localAuthority=" + council + "&from=" + month
                        + "&to=" + month)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher denominator = DENOMINATOR.matcher(response.body());
        return denominator.find() ? Integer.parseInt(denominator.group(1)) : 0;
    }

    private static double ms(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    /** A Reader over lines made on demand, for COPY without the whole file in memory. */
    private static final class LineReader extends Reader {
        private final Iterator<String> lines;
        private String current = "";
        private int position;

        LineReader(Iterator<String> lines) {
            this.lines = lines;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int written = 0;
            while (written < length) {
                if (position == current.length()) {
                    if (!lines.hasNext()) {
                        return written == 0 ? -1 : written;
                    }
                    current = lines.next();
                    position = 0;
                }
                int n = Math.min(length - written, current.length() - position);
                current.getChars(position, position + n, buffer, offset + written);
                position += n;
                written += n;
            }
            return written;
        }

        @Override
        public void close() {
        }
    }
}
