package uk.gov.safeguarding.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.localinfra.FreePorts;
import uk.gov.safeguarding.localinfra.KafkaBroker;
import uk.gov.safeguarding.localinfra.LocalIssuer;
import uk.gov.safeguarding.localinfra.LocalTokenEndpoint;
import uk.gov.safeguarding.localinfra.PostgresServer;

/**
 * The suite as it runs: contacts-service, kpi-service and audit-service as their built jars, each with its own
 * database, talking through a real Kafka broker, and audit-service calling the others with its own token from
 * the issuer's token endpoint. A contact decided in contacts-service moves CONTACTS_PROGRESSED in kpi-service;
 * a dip sample is drawn from contacts-service's contacts; a child-level read in contacts-service is found in
 * the activity log by its child and its inclusion proof checks offline; a recommendation raised in audit-service
 * arrives in action-plan-service, its words read with that service's own token, and takes an action; a KPI red for
 * two months in kpi-service opens a KPI exception there with its default action.
 */
class SuiteEndToEndTest {

    private static final Pattern NUMERATOR = Pattern.compile("\"numerator\"\\s*:\\s*(\\d+)");
    private static final Pattern DENOMINATOR = Pattern.compile("\"denominator\"\\s*:\\s*(\\d+)");

    /** Kept after the run (unlike the data) so that a failure can be read. */
    private static final Path LOGS = Path.of("target/e2e-logs");

    @TempDir
    static Path dir;

    private static PostgresServer postgres;
    private static KafkaBroker broker;
    private static LocalIssuer issuer;
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static ServiceProcess contacts;
    private static ServiceProcess kpi;
    private static ServiceProcess audit;
    private static ServiceProcess actionPlan;
    private static LocalTokenEndpoint tokens;

    @BeforeAll
    static void startTheSuite() throws Exception {
        postgres = PostgresServer.embedded(dir.resolve("postgres"), FreePorts.next());
        broker = KafkaBroker.onFreePorts(dir.resolve("kafka")).start();
        broker.createTopics(Topics.withDeadLetters(), 3);
        issuer = LocalIssuer.inDirectory(dir.resolve("issuer"));
        Path root = Path.of("..").toAbsolutePath().normalize();
        Files.createDirectories(LOGS);
        tokens = LocalStack.clientTokens(issuer, 0, dir);
        contacts = start(new LocalStack.ServiceSpec("contacts-service", FreePorts.next(), "contacts", "CONTACTS", null), root);
        kpi = start(new LocalStack.ServiceSpec("kpi-service", FreePorts.next(), "kpi", "KPI", null), root);
        audit = start(new LocalStack.ServiceSpec("audit-service", FreePorts.next(), "audit", "AUDIT", "audit_app"), root);
        actionPlan = start(new LocalStack.ServiceSpec("action-plan-service", FreePorts.next(), "actionplan", "ACTIONPLAN",
                null), root);
        for (ServiceProcess service : services) {
            service.awaitReady(http, Duration.ofSeconds(120));
        }
    }

    private static ServiceProcess start(LocalStack.ServiceSpec spec, Path root) throws Exception {
        postgres.ensureDatabase(spec.database());
        if (spec.appRole() != null) {
            postgres.ensureLoginRole(spec.appRole(), AppRoles.password(dir, spec.appRole()));
        }
        ServiceProcess service = new ServiceProcess(spec.name(), spec.port(), spec.jar(root), "256m");
        assertThat(service.isBuilt()).as(spec.name() + " is built by the reactor before deploy (./mvnw verify)").isTrue();
        Map<String, String> peers = new java.util.HashMap<>();
        services.forEach(running -> peers.put(running.name(), running.baseUrl()));
        service.start(spec.environment(postgres, broker.bootstrapServers(), issuer, dir, tokens.baseUrl(), peers), List.of(),
                LOGS.resolve(spec.name() + ".log"));
        services.add(service);
        return service;
    }

    @AfterAll
    static void stopTheSuite() {
        services.forEach(ServiceProcess::stop);
        if (tokens != null) {
            tokens.close();
        }
        if (broker != null) {
            broker.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String token(String subject, String role) {
        return issuer.token(subject, List.of(role), Duration.ofHours(1));
    }

    @Test
    void aContactDecidedInContactsServiceMovesContactsProgressedInKpiService() throws Exception {
        SuiteApi front = new SuiteApi(http, contacts.baseUrl(), token("e2e-reader", "integration"));
        String practitioner = token("e2e-practitioner", "practitioner");
        String manager = token("e2e-manager", "manager");
        // Decisions count in the month they are made: now, so the contacts are received now too.
        Instant now = Instant.now();
        String referred = SuiteApi.id(front.post("/api/v1/contacts", contact("E2E-1", now.minusSeconds(60)), practitioner));
        String advised = SuiteApi.id(front.post("/api/v1/contacts", contact("E2E-2", now.minusSeconds(30)), practitioner));
        front.post("/api/v1/contacts/" + advised + "/screening", """
                {"recommendedOutcome":"INFORMATION_AND_ADVICE","thresholdLevel":1,"rationale":"Advice given"}""", practitioner);
        front.post("/api/v1/contacts/" + advised + "/decision", "{}", manager);

        SuiteApi figures = new SuiteApi(http, kpi.baseUrl(), token("e2e-analyst", "analyst"));
        YearMonth month = YearMonth.now(ZoneId.of("Europe/London"));
        String query = "/api/v1/kpi-values?kpi=CONTACTS_PROGRESSED&localAuthority=E09000033&from=" + month + "&to=" + month;
        assertThat(awaitTally(figures, query, 0, 1)).isTrue();

        front.post("/api/v1/contacts/" + referred + "/screening", """
                {"recommendedOutcome":"CIN_REFERRAL","thresholdLevel":3,"rationale":"Needs assessment"}""", practitioner);
        front.post("/api/v1/contacts/" + referred + "/decision", "{}", manager);
        assertThat(awaitTally(figures, query, 1, 2)).isTrue();
    }

    @Test
    void aDipSampleIsDrawnFromContactsServiceAndAChildLevelReadThereIsProvedInTheActivityLog() throws Exception {
        String practitioner = token("e2e-practitioner", "practitioner");
        SuiteApi front = new SuiteApi(http, contacts.baseUrl(), practitioner);
        // three contacts from a family member about one child: the third has two earlier contacts
        String child = "E2EFAMILY1";
        String third = null;
        for (int i = 0; i < 3; i++) {
            third = SuiteApi.id(front.post("/api/v1/contacts", """
                    {"localAuthority":"E09000033","senderRef":"E2E-FAM-%d","receivedAt":"%s","source":"1A","channel":"PHONE",
                     "children":[{"childRef":"%s","birthMonth":"2020-02","unborn":false,"sex":"F"}]}"""
                    .formatted(i, Instant.now().minusSeconds(3_600L * (3 - i)), child), practitioner));
        }

        SuiteApi audits = new SuiteApi(http, audit.baseUrl(), token("e2e-auditor", "auditor"));
        String sample = audits.post("/api/v1/samples", """
                {"localAuthority":"E09000033","title":"Repeat family contacts","size":5,"seed":"31415926535897932384",
                 "populationQuery":{"source":"CONTACTS","contactSource":"1A","minEarlierContacts":2}}""",
                token("e2e-auditor", "auditor"));
        assertThat(sample).contains("\"populationSource\":\"CONTACTS\"").contains("\"caseId\":\"" + child + "\"");

        // contacts-service logged audit-service's read in audit-service's name; a practitioner's read of the child
        // reaches the log too, and is found by the child
        front.get("/api/v1/contacts/" + third);
        String entries = awaitLog(audits, "/api/v1/activity-log/entries?childRef=" + child
                + "&service=contacts-service&action=contact.read");
        assertThat(awaitLog(audits, "/api/v1/activity-log/entries?childRef=" + child + "&actor=audit-service"))
                .contains("\"actor\":\"audit-service\"");
        Matcher seq = Pattern.compile("\"seq\"\\s*:\\s*(\\d+)").matcher(entries);
        assertThat(seq.find()).as("an entry of the read: " + entries).isTrue();

        // its inclusion proof in a signed checkpoint checks offline, with the published key and nothing else
        audits.post("/api/v1/activity-log/checkpoints", "", token("e2e-auditor", "auditor"));
        Path proof = dir.resolve("read.tlog-proof");
        Files.writeString(proof, audits.get("/api/v1/activity-log/entries/" + seq.group(1) + "/tlog-proof"));
        String key = audits.get("/api/v1/activity-log/key").trim();
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                Path.of("..", "audit-service", "target", "classes").toAbsolutePath().normalize().toString(),
                "uk.gov.safeguarding.audit.cli.CheckTlogProof", proof.toString(), key)
                .redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as(said).isZero();
    }

    @Test
    void aRecommendationRaisedInAnAuditIsTrackedInActionPlanServiceWithItsActionAndEveryStepIsLogged() throws Exception {
        String auditor = token("e2e-auditor", "auditor");
        SuiteApi audits = new SuiteApi(http, audit.baseUrl(), auditor);
        String auditId = SuiteApi.id(audits.post("/api/v1/audits", """
                {"localAuthority":"E09000033","type":"ASSURANCE_VISIT","theme":"Front door assurance visit",
                 "methods":["FOCUS_GROUP","INTERVIEWS"],"plannedStart":"2026-11-23"}""", auditor));
        audits.post("/api/v1/audits/" + auditId + "/status", "{\"status\":\"IN_PROGRESS\"}", auditor);
        String raised = SuiteApi.id(audits.post("/api/v1/audits/" + auditId + "/recommendations", """
                {"references":["3.1"],"theme":"Front door","text":"Screening reads every earlier contact",
                 "addressedTo":"Head of Service, MASH"}""", auditor));

        SuiteApi plans = new SuiteApi(http, actionPlan.baseUrl(), token("e2e-board", "board"));
        String sources = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && !sources.contains("audit:" + auditId)) {
            Thread.sleep(250);
            sources = plans.get("/api/v1/sources?type=ASSURANCE_VISIT&localAuthority=E09000033");
        }
        assertThat(sources).contains("audit:" + auditId).contains("Assurance visit: Front door assurance visit");
        Matcher source = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^}]*\"externalRef\":\"audit:" + auditId)
                .matcher(sources);
        assertThat(source.find()).isTrue();
        String recommendations = plans.get("/api/v1/sources/" + source.group(1) + "/recommendations");
        assertThat(recommendations).contains("Screening reads every earlier contact").contains("\"references\":[\"3.1\"]")
                .contains("audit-recommendation:" + raised);
        String manager = token("e2e-manager", "manager");
        String action = SuiteApi.id(plans.post("/api/v1/recommendations/" + SuiteApi.id(recommendations) + "/actions", """
                {"what":"Add earlier contacts to the screening form","owner":"e2e-owner","dueDate":"2027-03-31"}""", manager));

        // every step reached the activity log: the raise in audit-service, the intake and the action here
        assertThat(awaitLog(audits, "/api/v1/activity-log/entries?service=audit-service&action=audit-recommendation.raise"
                + "&resourceId=" + raised)).contains(raised);
        assertThat(awaitLog(audits, "/api/v1/activity-log/entries?service=action-plan-service&action=recommendation.from-audit"))
                .contains("\"actor\":\"audit-service\"");
        assertThat(awaitLog(audits, "/api/v1/activity-log/entries?service=action-plan-service&action=action.create"
                + "&resourceId=" + action)).contains("e2e-manager");
    }

    @Test
    void aKpiRedForTwoMonthsInKpiServiceOpensAKpiExceptionInActionPlanServiceAndEveryStepIsLogged() throws Exception {
        // Nottingham's ICPCs of the last two completed months all held 30 days after the strategy discussion
        String council = "E06000018";
        java.time.YearMonth last = java.time.YearMonth.now(uk.gov.safeguarding.kernel.LondonTime.ZONE).minusMonths(1);
        StringBuilder records = new StringBuilder("[");
        for (java.time.YearMonth month : List.of(last.minusMonths(1), last)) {
            for (int i = 0; i < 3; i++) {
                java.time.LocalDate held = month.atDay(10 + i);
                records.append(records.length() > 1 ? "," : "").append("""
                        {"kind":"S47_ENQUIRY","recordId":"E2E-%s-%d","localAuthority":"%s","childRef":"NOTT%s%d",
                         "strategyDiscussionDate":"%s","icpcDate":"%s"}""".formatted(month, i, council,
                        month.toString().replace("-", ""), i, held.minusDays(30), held));
            }
        }
        String integration = token("e2e-integration", "integration");
        new SuiteApi(http, kpi.baseUrl(), integration).post("/api/v1/practice-records", records + "]", integration);

        SuiteApi plans = new SuiteApi(http, actionPlan.baseUrl(), token("e2e-board", "board"));
        String ref = "kpi-breach:ICPC_IN_TIMESCALE:" + council + ":" + last.minusMonths(1);
        String sources = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && !sources.contains(ref)) {
            Thread.sleep(500);
            sources = plans.get("/api/v1/sources?type=KPI_EXCEPTION&localAuthority=" + council);
        }
        assertThat(sources).as("the breach reached action-plan-service as a KPI exception").contains(ref);
        Matcher source = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^}]*\"externalRef\":\"" + ref).matcher(sources);
        assertThat(source.find()).isTrue();
        String recommendation = SuiteApi.id(plans.get("/api/v1/sources/" + source.group(1) + "/recommendations"));
        String actions = plans.get("/api/v1/recommendations/" + recommendation + "/actions");
        assertThat(actions).contains("\"impactKpi\":\"ICPC_IN_TIMESCALE\"").contains("\"createdBy\":\"kpi-service\"");

        SuiteApi audits = new SuiteApi(http, audit.baseUrl(), token("e2e-auditor", "auditor"));
        assertThat(awaitLog(audits, "/api/v1/activity-log/entries?service=kpi-service&action=practice-records.load"))
                .contains("e2e-integration");
        assertThat(awaitLog(audits, "/api/v1/activity-log/entries?service=action-plan-service&action=recommendation.from-kpi"
                + "&resourceId=" + SuiteApi.id(actions))).contains("\"actor\":\"kpi-service\"");
    }

    /** Polls the activity log until the query finds an entry (60 s at most). */
    private static String awaitLog(SuiteApi audits, String query) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String found = "";
        while (System.nanoTime() < deadline) {
            found = audits.get(query);
            if (found.contains("\"seq\"")) {
                return found;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("nothing in the log for " + query + ": " + found);
    }

    private static String contact(String senderRef, Instant receivedAt) {
        return """
                {"localAuthority":"E09000033","senderRef":"%s","receivedAt":"%s","source":"6","channel":"PHONE",
                 "children":[{"childRef":"%s","birthMonth":"2015-06","unborn":false,"sex":"M"}]}"""
                .formatted(senderRef, receivedAt, senderRef.replace("-", ""));
    }

    /** Polls the values feed until the council-wide tally is as expected (true) or 60 s pass (false). */
    private static boolean awaitTally(SuiteApi figures, String query, int numerator, int denominator) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String page = figures.get(query);
            Matcher top = NUMERATOR.matcher(page);
            Matcher bottom = DENOMINATOR.matcher(page);
            if (top.find() && bottom.find() && Integer.parseInt(top.group(1)) == numerator
                    && Integer.parseInt(bottom.group(1)) == denominator) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }
}
