package uk.gov.safeguarding.deploy;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.localinfra.FreePorts;
import uk.gov.safeguarding.localinfra.KafkaBroker;
import uk.gov.safeguarding.localinfra.LocalIssuer;
import uk.gov.safeguarding.localinfra.PostgresServer;

/**
 * audit-service's activity log (issue 12's benchmark), run by {@code deploy/bench-audit.sh}:
 * <ol>
 *   <li>append: N activity entries waiting on the topic, and the time the service takes to consume them into
 *       the tree (proofs available as it goes), beside a raw batched INSERT of the same rows into a plain copy
 *       of the table, and beside Tessera's published ~2,900 writes/s;</li>
 *   <li>verification of the whole log;</li>
 *   <li>inclusion and consistency proofs (p50, p95, p99 over HTTP) against signed checkpoints;</li>
 *   <li>a dip sample of 100 drawn from a population of 1,000,000 case ids.</li>
 * </ol>
 */
public final class AuditBenchmark {

    private static final Pattern TREE_SIZE = Pattern.compile("\"treeSize\"\\s*:\\s*(\\d+)");

    private final Map<String, String> options;
    private final Path work;
    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AuditBenchmark(Map<String, String> options, Path work) {
        this.options = options;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Map<String, String> options = Benchmarks.options(args);
        Path work = Files.createTempDirectory("audit-bench-");
        try {
            new AuditBenchmark(options, work).run();
        } finally {
            LocalStack.deleteRecursively(work);
        }
    }

    private int option(String name, int defaultValue) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(defaultValue)));
    }

    private void run() throws Exception {
        int entries = option("entries", 1_000_000);
        int proofs = option("proofs", 2_000);
        int population = option("population", 1_000_000);
        Path root = Path.of("").toAbsolutePath();
        try (PostgresServer postgres = PostgresServer.embedded(work.resolve("pg"), 0);
             KafkaBroker broker = KafkaBroker.onFreePorts(work.resolve("kafka")).start()) {
            broker.createTopics(Topics.withDeadLetters(), 3);
            LocalIssuer issuer = LocalIssuer.inDirectory(work.resolve("issuer"));
            LocalStack.ServiceSpec spec = new LocalStack.ServiceSpec("audit-service", FreePorts.next(), "audit", "AUDIT",
                    "audit_app");
            postgres.ensureDatabase(spec.database());
            postgres.ensureLoginRole(spec.appRole(), AppRoles.password(work, spec.appRole()));
            line("# audit-service benchmark, " + LocalDate.now());
            line("");
            line(Benchmarks.machine("audit-service -Xmx512m; PostgreSQL (embedded) and Kafka 4.1 on the same machine."));
            line("");
            List<String> childRefs = option("proof-entries", 0) > 0 ? List.of() : publish(broker, entries);
            ServiceProcess service = new ServiceProcess(spec.name(), spec.port(), spec.jar(root), "512m");
            service.start(spec.environment(postgres, broker.bootstrapServers(), issuer, work), List.of(),
                    work.resolve("audit-service.log"));
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("audit"), postgres.user(), postgres.password())) {
                service.awaitReady(http, Duration.ofSeconds(120));
                String auditor = issuer.token("bench-auditor", List.of("auditor"), Duration.ofHours(6));
                int large = option("proof-entries", 0);
                if (large > 0) {
                    // (c) at a size the topic would take too long to fill: the tree loaded into the tables directly
                    long earlier = loadTree(db, service, auditor, large);
                    proofs(service, auditor, large, earlier, proofs);
                    inclusionParts(db, service, auditor, large, proofs);
                    // the service works the loaded tree out again: it must be intact
                    verify(service, auditor, large);
                } else {
                    long earlier = append(db, service, auditor, entries);
                    rawInsert(db, entries, childRefs);
                    verify(service, auditor, entries);
                    proofs(service, auditor, entries, earlier, proofs);
                    inclusionParts(db, service, auditor, entries, proofs);
                    sample(service, auditor, population);
                }
            } finally {
                service.stop();
            }
        }
        System.out.println("\n" + report);
        Files.writeString(Path.of("deploy", "target", "audit-benchmark.md"), report.toString());
    }

    /** Entries as the services publish them, on the topic before the service starts: a backlog to drain. */
    private List<String> publish(KafkaBroker broker, int entries) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        List<String> children = new ArrayList<>();
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            children.add(String.format("DB%07d", random.nextInt(10_000_000)));
        }
        Instant started = Instant.now();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < entries; i++) {
                String service = i % 3 == 0 ? "kpi-service" : "contacts-service";
                RecordHeaders headers = new RecordHeaders();
                headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
                headers.add("ce_type", "safeguarding.activity.recorded.v1".getBytes(StandardCharsets.UTF_8));
                headers.add("ce_source", ("/" + service).getBytes(StandardCharsets.UTF_8));
                headers.add("ce_subject", service.getBytes(StandardCharsets.UTF_8));
                headers.add("ce_time", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
                producer.send(new ProducerRecord<>(Topics.ACTIVITY_LOG, null, service, entry(service, i,
                        children.get(i % children.size())), headers));
            }
            producer.flush();
        }
        line("Published " + entries + " activity entries to the topic in "
                + seconds(Duration.between(started, Instant.now())) + " s, before the service started.");
        return children;
    }

    static String entry(String service, int i, String child) {
        return "{\"service\":\"" + service + "\",\"actor\":\"worker-" + (i % 500) + "\",\"roles\":[\"practitioner\"],"
                + "\"action\":\"contact.read\",\"resourceType\":\"contact\",\"resourceId\":\""
                + new UUID(i, i).toString() + "\",\"childRefs\":[\"" + child + "\"],\"childRefsOmitted\":0,"
                + "\"outcome\":\"SUCCESS\",\"status\":200,\"requestId\":\"" + new UUID(i, -i) + "\",\"occurredAt\":\""
                + Instant.now() + "\"}";
    }

    /** (a) Drains the backlog; signs a checkpoint at about half way, for the consistency proofs. Returns its size. */
    private long append(Connection db, ServiceProcess service, String auditor, int entries) throws Exception {
        line("");
        line("## (a) Appending entries from the topic");
        Instant started = Instant.now();
        long half = -1;
        long size;
        while ((size = headSize(db)) < entries) {
            if (half < 0 && size >= entries / 2) {
                half = treeSize(post(service, "/api/v1/activity-log/checkpoints", auditor));
            }
            if (Duration.between(started, Instant.now()).toMinutes() > 60) {
                throw new IllegalStateException("the log reached " + size + " of " + entries + " in an hour");
            }
            Thread.sleep(100);
        }
        Duration took = Duration.between(started, Instant.now());
        double rate = entries / (took.toNanos() / 1e9);
        line("");
        line("| | |");
        line("|---|---|");
        line("| entries appended (consumed, canonicalised, hashed, tree nodes stored) | " + entries + " |");
        line("| time from the service ready to the head at " + entries + " | " + seconds(took) + " s |");
        line("| **append rate** | **" + Math.round(rate) + " entries/s** |");
        line("| goal | 5,000 entries/s sustained |");
        line("| Tessera's published figure (12-core VM, POSIX storage) | ~2,900 writes/s |");
        appendRate = rate;
        return half > 0 ? half : treeSize(post(service, "/api/v1/activity-log/checkpoints", auditor));
    }

    private double appendRate;

    /** The same rows INSERTed (batched, 500 a transaction) into a plain table with the same columns and indexes. */
    private void rawInsert(Connection db, int entries, List<String> children) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE bench_raw_entry (LIKE log_entry INCLUDING DEFAULTS INCLUDING INDEXES INCLUDING CONSTRAINTS)");
        }
        db.setAutoCommit(false);
        Instant started = Instant.now();
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO bench_raw_entry (seq, event_id, service, actor, action, resource_type, resource_id, child_refs,
                                             outcome, status, occurred_at, appended_at, canonical, leaf_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            byte[] hash = new byte[32];
            for (int i = 0; i < entries; i++) {
                String service = i % 3 == 0 ? "kpi-service" : "contacts-service";
                String child = children.get(i % children.size());
                insert.setLong(1, i);
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, service);
                insert.setString(4, "worker-" + (i % 500));
                insert.setString(5, "contact.read");
                insert.setString(6, "contact");
                insert.setString(7, new UUID(i, i).toString());
                insert.setArray(8, db.createArrayOf("text", new String[] {child}));
                insert.setString(9, "SUCCESS");
                insert.setInt(10, 200);
                insert.setTimestamp(11, java.sql.Timestamp.from(Instant.now()));
                insert.setTimestamp(12, java.sql.Timestamp.from(Instant.now()));
                insert.setString(13, "{\"entry\":" + entry(service, i, child) + ",\"eventId\":\"x\"}");
                insert.setBytes(14, hash);
                insert.addBatch();
                if ((i + 1) % 500 == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        db.setAutoCommit(true);
        Duration took = Duration.between(started, Instant.now());
        double rate = entries / (took.toNanos() / 1e9);
        line("| raw batched INSERT of the same rows (500 a transaction, same indexes, no hashing or tree) | "
                + Math.round(rate) + " rows/s (" + seconds(took) + " s) |");
        line("| **ratio append / raw INSERT** | **" + String.format("%.2f", appendRate / rate) + "** |");
    }

    private void verify(ServiceProcess service, String auditor, int entries) throws Exception {
        line("");
        line("## (b) Verifying the whole log");
        Instant started = Instant.now();
        String result = post(service, "/api/v1/activity-log/verifications", auditor);
        Duration took = Duration.between(started, Instant.now());
        line("");
        line("| | |");
        line("|---|---|");
        line("| entries worked out again (leaf from text, every node, every checkpoint root, the head) | "
                + value(result, "entriesChecked") + " |");
        line("| intact | " + value(result, "intact") + " |");
        line("| **time** | **" + seconds(took) + " s** (goal for 1,000,000: under 30 s) |");
    }

    private void proofs(ServiceProcess service, String auditor, int entries, long earlier, int count) throws Exception {
        line("");
        line("## (c) Proofs over HTTP, against signed checkpoints");
        long latest = treeSize(post(service, "/api/v1/activity-log/checkpoints", auditor));
        Random random = new Random(6962);
        for (int i = 0; i < 200; i++) {
            get(service, "/api/v1/activity-log/entries/" + random.nextInt((int) latest) + "/inclusion", auditor);
        }
        // each inclusion proof beside a child-level read of another random entry without a proof, taken in turn so
        // both meet the same caches and the same background appending of their activity entries
        List<Long> inclusion = new ArrayList<>();
        loggedReads.clear();
        for (int i = 0; i < count; i++) {
            long seq = random.nextInt((int) latest);
            long t = System.nanoTime();
            get(service, "/api/v1/activity-log/entries/" + seq + "/inclusion?treeSize=" + latest, auditor);
            inclusion.add(System.nanoTime() - t);
            t = System.nanoTime();
            get(service, "/api/v1/activity-log/entries/" + random.nextInt((int) latest), auditor);
            loggedReads.add(System.nanoTime() - t);
        }
        List<Long> consistency = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            get(service, "/api/v1/activity-log/consistency?from=" + earlier + "&to=" + latest, auditor);
            consistency.add(System.nanoTime() - t);
        }
        line("");
        line("| proof | tree size | p50 | p95 | p99 |");
        line("|---|---|---|---|---|");
        line("| inclusion (random entry) | " + latest + " | " + ms(inclusion, 50) + " | " + ms(inclusion, 95) + " | "
                + ms(inclusion, 99) + " |");
        line("| consistency (" + earlier + " to " + latest + ") | " + latest + " | " + ms(consistency, 50) + " | "
                + ms(consistency, 95) + " | " + ms(consistency, 99) + " |");
        line("");
        line("Goal: p95 under 10 ms at 10,000,000 entries; each proof reads about log2(n) stored nodes in one query.");
    }

    /**
     * What an inclusion proof's time is made of, each part on its own in the same run: the child-level read of the
     * entry over HTTP without a proof (its activity entry written and committed, the wide entry row read); the
     * entry's row and its sibling leaf read by JDBC; the proof's stored nodes read by JDBC; one small row inserted
     * and committed by JDBC (the commit's floor on this disk).
     */
    /** The child-level reads without a proof, taken in turn with the inclusion proofs. */
    private final List<Long> loggedReads = new ArrayList<>();

    private void inclusionParts(Connection db, ServiceProcess service, String auditor, int entries, int count)
            throws Exception {
        Random random = new Random(9162);
        List<Long> loggedRead = loggedReads;
        List<Long> rows = new ArrayList<>();
        List<Long> nodes = new ArrayList<>();
        try (PreparedStatement entry = db.prepareStatement(
                "SELECT seq, canonical, leaf_hash FROM log_entry WHERE seq = ANY (?)");
             PreparedStatement node = db.prepareStatement("""
                     SELECT n.hash FROM log_node n JOIN unnest(?::smallint[], ?::bigint[]) AS k(level, idx)
                       ON n.level = k.level AND n.idx = k.idx""")) {
            for (int i = 0; i < count; i++) {
                long seq = random.nextInt(entries);
                long t = System.nanoTime();
                entry.setArray(1, db.createArrayOf("bigint", new Long[] {seq, seq ^ 1}));
                try (ResultSet r = entry.executeQuery()) {
                    while (r.next()) {
                        r.getString(2);
                    }
                }
                rows.add(System.nanoTime() - t);
                // the siblings of an inclusion proof: one node per level above the leaves
                List<Integer> levels = new ArrayList<>();
                List<Long> indexes = new ArrayList<>();
                for (int level = 1; (1L << level) < entries; level++) {
                    levels.add(level);
                    indexes.add((seq >> level) ^ 1);
                }
                t = System.nanoTime();
                node.setArray(1, db.createArrayOf("smallint", levels.toArray()));
                node.setArray(2, db.createArrayOf("bigint", indexes.toArray()));
                try (ResultSet r = node.executeQuery()) {
                    while (r.next()) {
                        r.getBytes(1);
                    }
                }
                nodes.add(System.nanoTime() - t);
            }
        }
        List<Long> commits = new ArrayList<>();
        try (var create = db.createStatement()) {
            create.execute("CREATE TABLE IF NOT EXISTS bench_commit (id bigserial PRIMARY KEY, body text NOT NULL)");
        }
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_commit (body) VALUES (?)")) {
            String body = "x".repeat(700);
            for (int i = 0; i < count; i++) {
                long t = System.nanoTime();
                insert.setString(1, body);
                insert.executeUpdate();
                db.commit();
                commits.add(System.nanoTime() - t);
            }
        } finally {
            db.setAutoCommit(auto);
        }
        line("");
        line("What an inclusion proof is made of, measured in this run (" + count + " each; the JDBC parts alone):");
        line("");
        line("| part | p50 | p95 | p99 |");
        line("|---|---|---|---|");
        line("| an entry read over HTTP, no proof (a child-level read: its activity entry written and committed), "
                + "in turn with the proofs | "
                + ms(loggedRead, 50) + " | " + ms(loggedRead, 95) + " | " + ms(loggedRead, 99) + " |");
        line("| the entry's row and its sibling leaf, by JDBC | " + ms(rows, 50) + " | " + ms(rows, 95) + " | "
                + ms(rows, 99) + " |");
        line("| the proof's stored nodes, by JDBC | " + ms(nodes, 50) + " | " + ms(nodes, 95) + " | " + ms(nodes, 99) + " |");
        line("| one 700-byte row inserted and committed, by JDBC | " + ms(commits, 50) + " | " + ms(commits, 95) + " | "
                + ms(commits, 99) + " |");
    }

    private void sample(ServiceProcess service, String auditor, int population) throws Exception {
        line("");
        line("## (d) A dip sample of 100 from " + population + " cases");
        StringBuilder body = new StringBuilder(population * 14 + 200);
        body.append("{\"localAuthority\":\"E06000015\",\"title\":\"benchmark\",\"seed\":\"01382438112797316654\",")
                .append("\"size\":100,\"population\":[");
        for (int i = 0; i < population; i++) {
            body.append(i == 0 ? "\"" : ",\"").append(String.format("C%09d", i)).append('"');
        }
        body.append("]}");
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        Instant started = Instant.now();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/v1/samples"))
                .header("Authorization", "Bearer " + auditor).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.between(started, Instant.now());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("sample: " + response.statusCode() + " " + response.body());
        }
        line("");
        line("| | |");
        line("|---|---|");
        line("| request body | " + (bytes.length / 1024 / 1024) + " MiB of JSON |");
        line("| **drawn and stored (tickets for every case, the population kept in order, the 100 cases)** | **"
                + seconds(took) + " s** (goal: under 5 s) |");
    }

    /**
     * Loads {@code size} entries and their whole tree with SQL (PostgreSQL's sha256, the same canonical text and
     * hashing the service uses), holding the head's lock so the service appends nothing meanwhile; signs a
     * checkpoint at half the size and one at the whole, through the service. Returns the earlier's size.
     */
    private long loadTree(Connection db, ServiceProcess service, String auditor, int size) throws Exception {
        line("");
        line("## (c) A log of " + size + " entries, loaded into the tables directly");
        Instant started = Instant.now();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("SELECT size FROM log_head FOR UPDATE");
            ResultSet head = s.executeQuery("SELECT size FROM log_head");
            head.next();
            if (head.getLong(1) != 0) {
                throw new IllegalStateException("the log is not empty");
            }
            s.execute("DROP INDEX log_entry_children, log_entry_actor, log_entry_resource, log_entry_action, log_entry_occurred");
            s.execute("""
                    INSERT INTO log_entry (seq, event_id, service, actor, action, resource_type, resource_id, child_refs,
                                           outcome, status, occurred_at, appended_at, canonical, leaf_hash)
                    SELECT g, e.id, 'contacts-service', e.actor, 'contact.read', 'contact', e.id, ARRAY[e.child], 'SUCCESS',
                           200, now(), now(), e.canonical, sha256('\\x00'::bytea || convert_to(e.canonical, 'UTF8'))
                      FROM generate_series(0, %d) AS g,
                           LATERAL (SELECT md5(g::text)::uuid::text AS id, 'worker-' || (g %% 500) AS actor,
                                           'DB' || lpad((g %% 9999991)::text, 7, '0') AS child) AS x,
                           LATERAL (SELECT x.id, x.actor, x.child,
                                           '{"entry":{"action":"contact.read","actor":"' || x.actor || '","childRefs":["'
                                           || x.child || '"],"childRefsOmitted":0,"occurredAt":"2026-12-02T00:00:00Z",'
                                           || '"outcome":"SUCCESS","requestId":"' || x.id || '","resourceId":"' || x.id
                                           || '","resourceType":"contact","roles":["practitioner"],'
                                           || '"service":"contacts-service","status":200},"eventId":"' || x.id || '"}'
                                           AS canonical) AS e""".formatted(size - 1));
            s.execute("""
                    INSERT INTO log_node (level, idx, hash)
                    SELECT 1, a.seq / 2, sha256('\\x01'::bytea || a.leaf_hash || b.leaf_hash)
                      FROM log_entry a JOIN log_entry b ON b.seq = a.seq + 1 WHERE a.seq %% 2 = 0 AND a.seq + 1 < %d"""
                    .formatted(size));
            for (int level = 2; (1L << level) <= size; level++) {
                s.execute("""
                        INSERT INTO log_node (level, idx, hash)
                        SELECT %1$d, a.idx / 2, sha256('\\x01'::bytea || a.hash || b.hash)
                          FROM log_node a JOIN log_node b ON b.level = a.level AND b.idx = a.idx + 1
                         WHERE a.level = %2$d AND a.idx %% 2 = 0""".formatted(level, level - 1));
            }
            s.execute("CREATE INDEX log_entry_children ON log_entry USING gin (child_refs)");
            s.execute("CREATE INDEX log_entry_actor ON log_entry (actor, seq)");
            s.execute("CREATE INDEX log_entry_resource ON log_entry (resource_type, resource_id, seq)");
            s.execute("CREATE INDEX log_entry_action ON log_entry (action, seq)");
            s.execute("CREATE INDEX log_entry_occurred ON log_entry (occurred_at, seq)");
            setHead(db, size / 2);
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("ANALYZE log_entry");
            s.execute("ANALYZE log_node");
        }
        line("");
        line("Loaded in " + seconds(Duration.between(started, Instant.now())) + " s.");
        long earlier = treeSize(post(service, "/api/v1/activity-log/checkpoints", auditor));
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("SELECT size FROM log_head FOR UPDATE");
            setHead(db, size);
        }
        db.commit();
        db.setAutoCommit(true);
        return earlier;
    }

    /** The head at {@code size}: its right edge read from the stored subtrees. */
    private static void setHead(Connection db, long size) throws Exception {
        List<byte[]> edge = new ArrayList<>();
        long start = 0;
        for (int level = 62; level >= 0; level--) {
            if ((size & (1L << level)) == 0) {
                continue;
            }
            String sql = level == 0 ? "SELECT leaf_hash FROM log_entry WHERE seq = ?"
                    : "SELECT hash FROM log_node WHERE level = " + level + " AND idx = ?";
            try (PreparedStatement select = db.prepareStatement(sql)) {
                select.setLong(1, start >> level);
                try (ResultSet r = select.executeQuery()) {
                    r.next();
                    edge.add(r.getBytes(1));
                }
            }
            start += 1L << level;
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE log_head SET size = ?, edge = ?, updated_at = now()")) {
            update.setLong(1, size);
            update.setArray(2, db.createArrayOf("bytea", edge.toArray(new byte[0][])));
            update.executeUpdate();
        }
    }

    private static long headSize(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT size FROM log_head")) {
            r.next();
            return r.getLong(1);
        }
    }

    private String post(ServiceProcess service, String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private String get(ServiceProcess service, String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static long treeSize(String checkpoint) {
        Matcher m = TREE_SIZE.matcher(checkpoint);
        if (!m.find()) {
            throw new IllegalStateException("no treeSize in " + checkpoint);
        }
        return Long.parseLong(m.group(1));
    }

    private static String value(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*([^,}]+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    private static String ms(List<Long> nanos, int percentile) {
        return String.format("%.1f ms", Benchmarks.percentile(nanos, percentile) / 1e6);
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f", duration.toMillis() / 1000.0);
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
