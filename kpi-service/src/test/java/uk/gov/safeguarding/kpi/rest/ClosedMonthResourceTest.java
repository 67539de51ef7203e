package uk.gov.safeguarding.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.KpiFixtures;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.testsupport.TopicReader;
import uk.gov.safeguarding.testsupport.Tokens;

/** Closing a month publishes its figures; late data makes a new version, never a silent change. */
@QuarkusTest
class ClosedMonthResourceTest {

    private static final String TOPIC = "safeguarding.kpis.v1";

    @Inject
    KpiFixtures fixtures;

    private static List<ContactFact> contacts(String council, YearMonth month, int count, int late) {
        List<ContactFact> facts = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            facts.add(KpiFixtures.contact(council, month, 8, "2A", "NFA", n < late ? 7 : 0, false));
        }
        return facts;
    }

    private static JsonPath close(String council, String month, int status) {
        return given().auth().oauth2(Tokens.forSubject("analyst-9", "analyst")).contentType(ContentType.JSON)
                .body(Map.of("localAuthority", council, "month", month, "reason", "For scrutiny"))
                .when().post("/api/v1/closed-months")
                .then().statusCode(status).extract().jsonPath();
    }

    private static float scorecardValue(String council, String month, String kpi, Integer version) {
        var request = given().auth().oauth2(Tokens.forRole("board"));
        if (version != null) {
            request.queryParam("version", version);
        }
        return request.when().get("/api/v1/scorecards/{la}/{month}", council, month)
                .then().statusCode(200).extract().jsonPath()
                .getFloat("rows.find { it.kpiCode == '" + kpi + "' }.value");
    }

    @Test
    void closingPublishesVersionOneAndLateDataMakesVersionTwo() throws Exception {
        String council = KpiFixtures.newCouncil();
        fixtures.store(contacts(council, YearMonth.of(2021, 3), 10, 0));
        fixtures.awaitRecomputed();

        JsonPath closed = close(council, "2021-03", 201);
        assertThat(closed.getString("closedBy")).isEqualTo("analyst-9");
        assertThat(closed.getList("versions.kpiCode")).contains("CONTACTS_RECEIVED", "CONTACT_DECISIONS_IN_TIMESCALE");
        assertThat(closed.getList("versions.version", Integer.class)).containsOnly(1);

        try (TopicReader kpis = new TopicReader(TOPIC)) {
            ConsumerRecord<String, String> published = kpis.await(record ->
                    ("CONTACTS_RECEIVED:" + council).equals(record.key()), Duration.ofSeconds(30));
            assertThat(TopicReader.header(published, "ce_type")).isEqualTo("safeguarding.kpi.month-published.v1");
            JsonPath body = JsonPath.from(published.value());
            assertThat(body.getInt("version")).isEqualTo(1);
            assertThat(body.getBoolean("revised")).isFalse();
            assertThat(body.getInt("numerator")).isEqualTo(10);

            // Two contacts of March arrive in April, both decided late.
            fixtures.store(contacts(council, YearMonth.of(2021, 3), 2, 2));
            fixtures.awaitRecomputed();
            ConsumerRecord<String, String> revised = kpis.await(record ->
                    ("CONTACTS_RECEIVED:" + council).equals(record.key()) && JsonPath.from(record.value()).getInt("version") == 2,
                    Duration.ofSeconds(30));
            assertThat(JsonPath.from(revised.value()).getBoolean("revised")).isTrue();
            assertThat(JsonPath.from(revised.value()).getInt("numerator")).isEqualTo(12);
        }

        assertThat(scorecardValue(council, "2021-03", "CONTACTS_RECEIVED", 1)).isEqualTo(10.0f);
        assertThat(scorecardValue(council, "2021-03", "CONTACTS_RECEIVED", 2)).isEqualTo(12.0f);
        assertThat(scorecardValue(council, "2021-03", "CONTACTS_RECEIVED", null)).isEqualTo(12.0f);
        assertThat(scorecardValue(council, "2021-03", "CONTACT_DECISIONS_IN_TIMESCALE", 1)).isEqualTo(100.0f);
        assertThat(scorecardValue(council, "2021-03", "CONTACT_DECISIONS_IN_TIMESCALE", null)).isEqualTo(83.3f);
        given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/closed-months/{la}/{month}", council, "2021-03")
                .then().statusCode(200)
                .body("versions.find { it.kpiCode == 'CONTACTS_RECEIVED' && it.version == 2 }.reason", equalTo("late data"));
        given().auth().oauth2(Tokens.forRole("board")).queryParam("localAuthority", council)
                .when().get("/api/v1/closed-months")
                .then().statusCode(200).body("items.month", hasItem("2021-03"));
        assertThat(given().auth().oauth2(Tokens.forRole("board")).queryParam("localAuthority", council)
                .queryParam("format", "csv")
                .when().get("/api/v1/closed-months").then().statusCode(200).extract().asString())
                .contains(council + ",2021-03,").contains(",CONTACTS_RECEIVED,2,");
        given().auth().oauth2(Tokens.forRole("board")).queryParam("version", 3)
                .when().get("/api/v1/scorecards/{la}/{month}", council, "2021-02")
                .then().statusCode(404);
    }

    @Test
    void aMonthIsClosedOnceAndOnlyWhenItHasEndedAndHasFigures() {
        String council = KpiFixtures.newCouncil();
        fixtures.store(contacts(council, YearMonth.of(2020, 6), 3, 0));
        fixtures.awaitRecomputed();
        close(council, "2020-06", 201);
        close(council, "2020-06", 409);
        assertThat(close(council, YearMonth.now().toString(), 422).getString("violations[0].field")).isEqualTo("month");
        close(council, "2020-07", 422);
        assertThat(close(council, "2020-13", 400).getString("violations[0].field")).isEqualTo("month");
        given().auth().oauth2(Tokens.forRole("board")).contentType(ContentType.JSON)
                .body(Map.of("localAuthority", council, "month", "2020-05"))
                .when().post("/api/v1/closed-months")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/closed-months/{la}/{month}", council, "2020-05")
                .then().statusCode(404);
    }
}
