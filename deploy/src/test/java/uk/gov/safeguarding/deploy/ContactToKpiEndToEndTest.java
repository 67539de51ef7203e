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
import uk.gov.safeguarding.localinfra.PostgresServer;

/**
 * The suite as it runs: contacts-service and kpi-service as their built jars, each with its own
 * database, talking only through a real Kafka broker. A contact decided in contacts-service moves
 * CONTACTS_PROGRESSED in kpi-service.
 */
class ContactToKpiEndToEndTest {

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

    @BeforeAll
    static void startTheSuite() throws Exception {
        postgres = PostgresServer.embedded(dir.resolve("postgres"), FreePorts.next());
        broker = KafkaBroker.onFreePorts(dir.resolve("kafka")).start();
        broker.createTopics(Topics.withDeadLetters(), 3);
        issuer = LocalIssuer.inDirectory(dir.resolve("issuer"));
        Path root = Path.of("..").toAbsolutePath().normalize();
        Files.createDirectories(LOGS);
        contacts = start(new LocalStack.ServiceSpec("contacts-service", FreePorts.next(), "contacts", "CONTACTS", null), root);
        kpi = start(new LocalStack.ServiceSpec("kpi-service", FreePorts.next(), "kpi", "KPI", null), root);
        for (ServiceProcess service : services) {
            service.awaitReady(http, Duration.ofSeconds(120));
        }
    }

    private static ServiceProcess start(LocalStack.ServiceSpec spec, Path root) throws Exception {
        postgres.ensureDatabase(spec.database());
        ServiceProcess service = new ServiceProcess(spec.name(), spec.port(), spec.jar(root), "256m");
        assertThat(service.isBuilt()).as(spec.name() + " is built by the reactor before deploy (./mvnw verify)").isTrue();
        service.start(spec.environment(postgres, broker.bootstrapServers(), issuer, dir), List.of(),
                LOGS.resolve(spec.name() + ".log"));
        services.add(service);
        return service;
    }

    @AfterAll
    static void stopTheSuite() {
        services.forEach(ServiceProcess::stop);
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
