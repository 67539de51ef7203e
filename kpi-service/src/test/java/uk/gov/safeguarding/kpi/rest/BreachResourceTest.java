package uk.gov.safeguarding.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kpi.KpiFixtures;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.TopicReader;

/**
 * Runs of red months become threshold breaches: announced once while they are news, withdrawn when
 * revised figures end them, listed for the board.
 */
@QuarkusTest
class BreachResourceTest {

    private static final String TOPIC = "safeguarding.kpis.v1";
    private static final String KPI = "CONTACT_DECISIONS_IN_TIMESCALE";
    private static final String BREACHED = "safeguarding.kpi.threshold-breached.v1";
    private static final String WITHDRAWN = "safeguarding.kpi.threshold-breach-withdrawn.v1";

    @Inject
    KpiFixtures fixtures;

    private static YearMonth lastComplete() {
        return YearMonth.from(LondonTime.date(Instant.now())).minusMonths(1);
    }

    @Test
    void aRunOfRedMonthsIsAnnouncedOnceAndListed() throws Exception {
        String council = KpiFixtures.newCouncil();
        YearMonth first = lastComplete().minusMonths(1);
        try (TopicReader kpis = new TopicReader(TOPIC)) {
            // 80% of decisions in timescale against 95% with 5 points of tolerance: red, two months running.
            storeTwoMonths(council, first, 10, 2);
            ConsumerRecord<String, String> breach = kpis.await(event(BREACHED, council), Duration.ofSeconds(30));
            JsonPath body = JsonPath.from(breach.value());
            assertThat(body.getString("runStart")).isEqualTo(first.toString());
            assertThat(body.getString("breachedIn")).isEqualTo(lastComplete().toString());
            assertThat(body.getList("redMonths.month")).containsExactly(first.toString(), lastComplete().toString());
            assertThat(body.getList("redMonths.value", Float.class)).containsExactly(80.0f, 80.0f);
            assertThat(body.getString("kpiName")).isEqualTo("Contact decisions in timescale");

            // The first month is recomputed with more of the same, and the month before turns out red too:
            // still the same run (announced from the same month), nothing new.
            fixtures.store(contacts(council, first, 5, 1));
            fixtures.store(contacts(council, first.minusMonths(2), 10, 0));
            fixtures.store(contacts(council, first.minusMonths(1), 10, 2));
            fixtures.awaitRecomputed();
            Thread.sleep(2_000);
            assertThat(kpis.seen(event(BREACHED, council))).hasSize(1);
        }
        given().auth().oauth2(Tokens.forRole("board")).queryParam("localAuthority", council).queryParam("kpi", KPI)
                .when().get("/api/v1/kpi-breaches")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].kpiCode", equalTo(KPI))
                .body("items[0].runStart", equalTo(first.toString()))
                .body("items[0].firstRedMonth", equalTo(first.minusMonths(1).toString()))
                .body("items[0].lastRedMonth", equalTo(lastComplete().toString()))
                .body("items[0].status", equalTo("STANDING"));
        String csv = given().auth().oauth2(Tokens.forRole("analyst")).queryParam("localAuthority", council).queryParam("kpi", KPI)
                .queryParam("format", "csv")
                .when().get("/api/v1/kpi-breaches").then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("kpi_code,kpi_name,local_authority,run_start,breached_in,first_red_month,last_red_month,")
                .contains(KPI + ",Contact decisions in timescale," + council + "," + first + "," + lastComplete() + ","
                        + first.minusMonths(1) + "," + lastComplete() + ",2,STANDING,");
    }

    @Test
    void aRunThatEndedYearsAgoIsNotAnnouncedWhenItsHistoryIsLoaded() throws Exception {
        String council = KpiFixtures.newCouncil();
        try (TopicReader kpis = new TopicReader(TOPIC)) {
            storeTwoMonths(council, YearMonth.of(2019, 1), 10, 2);
            storeTwoMonths(council, lastComplete().minusMonths(1), 10, 2);
            // The recent run is announced; the 2019 one, recomputed before it, never is.
            kpis.await(event(BREACHED, council), Duration.ofSeconds(30));
            Thread.sleep(2_000);
            assertThat(kpis.seen(event(BREACHED, council))).extracting(r -> JsonPath.from(r.value()).getString("runStart"))
                    .containsExactly(lastComplete().minusMonths(1).toString());
        }
        given().auth().oauth2(Tokens.forRole("board")).queryParam("localAuthority", council).queryParam("kpi", KPI)
                .when().get("/api/v1/kpi-breaches")
                .then().statusCode(200).body("items.runStart", equalTo(List.of(lastComplete().minusMonths(1).toString())));
    }

    @Test
    void aBreachIsWithdrawnWhenRevisedFiguresEndItsRunAndAnnouncedAgainWhenItReturns() throws Exception {
        String council = KpiFixtures.newCouncil();
        YearMonth first = lastComplete().minusMonths(1);
        try (TopicReader kpis = new TopicReader(TOPIC)) {
            storeTwoMonths(council, first, 10, 2);
            kpis.await(event(BREACHED, council), Duration.ofSeconds(30));

            // Thirty late-arriving contacts of the last month, all decided in time: 38 of 40, 95%, green.
            fixtures.store(contacts(council, lastComplete(), 30, 0));
            fixtures.awaitRecomputed();
            JsonPath withdrawn = JsonPath.from(kpis.await(event(WITHDRAWN, council), Duration.ofSeconds(30)).value());
            assertThat(withdrawn.getString("runStart")).isEqualTo(first.toString());
            assertThat(withdrawn.getList("months.month")).containsExactly(first.toString(), lastComplete().toString());
            assertThat(withdrawn.getList("months.rag")).containsExactly("RED", "GREEN");
            given().auth().oauth2(Tokens.forRole("board")).queryParam("localAuthority", council).queryParam("kpi", KPI)
                    .queryParam("status", "withdrawn")
                    .when().get("/api/v1/kpi-breaches")
                    .then().statusCode(200).body("items.status", equalTo(List.of("WITHDRAWN")));
            given().auth().oauth2(Tokens.forRole("board")).queryParam("localAuthority", council).queryParam("kpi", KPI)
                    .queryParam("status", "STANDING")
                    .when().get("/api/v1/kpi-breaches")
                    .then().statusCode(200).body("items", empty());

            // Twenty more, all late: 38 of 60 in time, red again. The same run is announced a second time.
            fixtures.store(contacts(council, lastComplete(), 20, 20));
            fixtures.awaitRecomputed();
            kpis.awaitCount(event(BREACHED, council), 2, Duration.ofSeconds(30));
            assertThat(kpis.seen(event(WITHDRAWN, council))).hasSize(1);
        }
        given().auth().oauth2(Tokens.forRole("board")).queryParam("localAuthority", council).queryParam("kpi", KPI)
                .when().get("/api/v1/kpi-breaches")
                .then().statusCode(200).body("items.status", equalTo(List.of("STANDING")))
                .body("items[0].withdrawnAt", equalTo(null));
    }

    @Test
    void aTargetThatTurnsAmberMonthsRedIsABreachAndPuttingItBackWithdrawsIt() throws Exception {
        String council = KpiFixtures.newCouncil();
        // 92% in timescale: amber against 95% with 5 points of tolerance, red against 98%.
        storeTwoMonths(council, lastComplete().minusMonths(1), 25, 2);
        try (TopicReader kpis = new TopicReader(TOPIC)) {
            Thread.sleep(2_000);
            assertThat(kpis.seen(event(BREACHED, council))).isEmpty();

            changeTarget(98.0, "Raised for the improvement plan");
            try {
                fixtures.awaitRecomputed();
                ConsumerRecord<String, String> breach = kpis.await(event(BREACHED, council), Duration.ofSeconds(30));
                assertThat(JsonPath.from(breach.value()).getList("redMonths.value", Float.class)).containsExactly(92.0f, 92.0f);
            } finally {
                changeTarget(95.0, "Back to the usual target");
                fixtures.awaitRecomputed();
            }
            JsonPath withdrawn = JsonPath.from(kpis.await(event(WITHDRAWN, council), Duration.ofSeconds(30)).value());
            assertThat(withdrawn.getList("months.rag")).containsExactly("AMBER", "AMBER");
            assertThat(withdrawn.getFloat("target")).isEqualTo(95.0f);
        }
    }

    @Test
    void theListingNeedsACouncilAKnownKpiAndAKnownStatus() {
        given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/kpi-breaches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("localAuthority"));
        given().auth().oauth2(Tokens.forRole("board")).queryParam("localAuthority", "E06000015").queryParam("kpi", "NOPE")
                .when().get("/api/v1/kpi-breaches")
                .then().statusCode(400).body("violations[0].field", equalTo("kpi"));
        given().auth().oauth2(Tokens.forRole("board")).queryParam("localAuthority", "E06000015").queryParam("status", "open")
                .when().get("/api/v1/kpi-breaches")
                .then().statusCode(400).body("violations[0].field", equalTo("status"))
                .body("violations[0].message", equalTo("must be one of STANDING, WITHDRAWN"));
        given().queryParam("localAuthority", "E06000015")
                .when().get("/api/v1/kpi-breaches")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("practitioner")).queryParam("localAuthority", "E06000015")
                .when().get("/api/v1/kpi-breaches")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static List<ContactFact> contacts(String council, YearMonth month, int count, int late) {
        List<ContactFact> facts = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            facts.add(KpiFixtures.contact(council, month, 8, "2A", "NFA", n < late ? 7 : 0, false));
        }
        return facts;
    }

    /** The same share of late decisions in two consecutive months, worked out. */
    private void storeTwoMonths(String council, YearMonth first, int count, int late) {
        fixtures.store(contacts(council, first, count, late));
        fixtures.store(contacts(council, first.plusMonths(1), count, late));
        fixtures.awaitRecomputed();
    }

    private static void changeTarget(double target, String reason) {
        given().auth().oauth2(Tokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("target", target, "reason", reason))
                .when().patch("/api/v1/kpis/" + KPI)
                .then().statusCode(200);
    }

    private static Predicate<ConsumerRecord<String, String>> event(String type, String council) {
        return record -> (KPI + ":" + council).equals(record.key()) && type.equals(TopicReader.header(record, "ce_type"));
    }
}
