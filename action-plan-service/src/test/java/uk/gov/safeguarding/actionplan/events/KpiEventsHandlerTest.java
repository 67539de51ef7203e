package uk.gov.safeguarding.actionplan.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.testsupport.EventSender;
import uk.gov.safeguarding.testsupport.Tokens;

/** A KPI red for its run of months opens a KPI exception with a default action; its withdrawal closes or flags it. */
@QuarkusTest
class KpiEventsHandlerTest {

    private static String breach(String kpi, String runStart) {
        return """
                {"kpiCode":"%s","kpiName":"Initial child protection conferences in 15 working days",
                 "localAuthority":"E06000015","runStart":"%s","breachedIn":"2021-11","breachAfterRedMonths":2,
                 "target":90.0,"amberTolerance":5.0,"polarity":"HIGHER_IS_BETTER",
                 "redMonths":[{"month":"2021-10","value":61.2},{"month":"2021-11","value":58.0}]}""".formatted(kpi, runStart);
    }

    private static void send(String type, String body) {
        try (EventSender sender = new EventSender()) {
            sender.send(Topics.KPIS, "ICPC:E06000015", UUID.randomUUID().toString(), type, body);
        }
    }

    /** The action of the exception for this breach, once it is there. */
    private static JsonPath action(String ref) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.forRole("board"))
                .queryParam("type", "KPI_EXCEPTION").queryParam("size", 200).when().get("/api/v1/sources").then()
                .extract().jsonPath().getList("items.externalRef").contains(ref));
        String source = given().auth().oauth2(Tokens.forRole("board")).queryParam("type", "KPI_EXCEPTION")
                .queryParam("size", 200).when().get("/api/v1/sources").then().extract().jsonPath()
                .getString("items.find { it.externalRef == '" + ref + "' }.id");
        String recommendation = given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/sources/{id}/recommendations", source).then().extract().jsonPath().getString("[0].id");
        return given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/recommendations/{id}/actions", recommendation)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aBreachOpensOneExceptionWithADefaultActionAndItsWithdrawalCancelsItIfNoWorkStarted() {
        String kpi = "ICPC_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        send("safeguarding.kpi.threshold-breached.v1", breach(kpi, "2021-10"));
        send("safeguarding.kpi.threshold-breached.v1", breach(kpi, "2021-10"));
        String ref = "kpi-breach:" + kpi + ":E06000015:2021-10";
        JsonPath actions = action(ref);
        assertThat(actions.getList("$")).hasSize(1);
        assertThat(actions.getString("[0].owner")).isEqualTo("performance-lead");
        assertThat(actions.getString("[0].impactKpi")).isEqualTo(kpi);
        assertThat(actions.getString("[0].impactDirection")).isEqualTo("UP");
        assertThat(actions.getString("[0].createdBy")).isEqualTo("kpi-service");
        String id = actions.getString("[0].id");

        send("safeguarding.kpi.threshold-breach-withdrawn.v1", breach(kpi, "2021-10"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(given().auth()
                .oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}", id).then().extract().path("status")));
        assertThat((String) given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}", id).then()
                .extract().path("statusReason")).contains("withdrawn by kpi-service");
    }

    @Test
    void aWithdrawnBreachWhoseActionHasStartedIsLeftToItsOwnerWithANote() {
        String kpi = "ICPC_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        send("safeguarding.kpi.threshold-breached.v1", breach(kpi, "2021-09"));
        String id = action("kpi-breach:" + kpi + ":E06000015:2021-09").getString("[0].id");
        given().auth().oauth2(Tokens.forSubject("performance-lead", "manager")).contentType("application/json")
                .body(Map.of("status", "IN_PROGRESS")).when().post("/api/v1/actions/{id}/status", id).then().statusCode(200);
        send("safeguarding.kpi.threshold-breach-withdrawn.v1", breach(kpi, "2021-09"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/actions/{id}/updates", id).then().extract().jsonPath().getList("$").size() == 1);
        JsonPath updates = given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}/updates", id)
                .then().extract().jsonPath();
        assertThat(updates.getString("[0].author")).isEqualTo("kpi-service");
        assertThat(updates.getString("[0].text")).contains("the owner decides");
        assertThat((String) given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}", id).then()
                .extract().path("status")).isEqualTo("IN_PROGRESS");
    }

    private static String month(String kpi, String month, int version, String value) {
        return """
                {"kpiCode":"%s","localAuthority":"E06000015","month":"%s","version":%d,"revised":%b,
                 "numerator":1,"denominator":2,"value":%s,"target":90.0,"polarity":"HIGHER_IS_BETTER","rag":"RED",
                 "publishedAt":"2021-12-10T09:00:00Z"}""".formatted(kpi, month, version, version > 1, value);
    }

    @Test
    void anActionsImpactMeasureIsKeptCurrentFromTheMonthsKpiServicePublishes() {
        String kpi = "ICPC_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String recommendation = uk.gov.safeguarding.actionplan.ActionPlanFixtures.recommendation(
                uk.gov.safeguarding.actionplan.ActionPlanFixtures.source("OFSTED_INSPECTION", "2021-05-01"), "1");
        String action = given().auth().oauth2(Tokens.forRole("manager")).contentType("application/json")
                .body(Map.of("what", "Hold conferences in time", "owner", "jane.smith", "dueDate", "2030-06-30",
                        "impactKpi", kpi, "impactTarget", 90))
                .when().post("/api/v1/recommendations/{id}/actions", recommendation).then().statusCode(201)
                .body("impact[0].trend", org.hamcrest.Matchers.equalTo("UNKNOWN"))
                .body("impact[0].latestValue", org.hamcrest.Matchers.nullValue()).extract().path("id");

        String[] values = {"60.0", "62.5", "70.0", "78.0", "85.0", "91.5"};
        for (int i = 0; i < values.length; i++) {
            send("safeguarding.kpi.month-published.v1", month(kpi, "2021-0" + (i + 4), 1, values[i]));
        }
        // a month revised (version 2), then its first version arriving late: the revision stands
        send("safeguarding.kpi.month-published.v1", month(kpi, "2021-09", 2, "93.0"));
        send("safeguarding.kpi.month-published.v1", month(kpi, "2021-09", 1, "91.5"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "2021-09".equals(given().auth()
                .oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}", action).then()
                .extract().path("impact[0].latestMonth")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/actions/{id}", action).then().extract().jsonPath().getList("impact[0].recent").size() == 6);
        JsonPath impact = given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}", action)
                .then().extract().jsonPath();
        assertThat(impact.getString("impact[0].localAuthority")).isEqualTo("E06000015");
        assertThat(impact.getString("impact[0].trend")).isEqualTo("IMPROVING");
        assertThat(impact.getDouble("impact[0].latestValue")).isEqualTo(93.0);
        assertThat(impact.getBoolean("impact[0].targetMet")).isTrue();
    }
}
