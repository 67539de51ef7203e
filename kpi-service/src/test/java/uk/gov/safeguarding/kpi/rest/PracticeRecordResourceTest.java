package uk.gov.safeguarding.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.KpiFixtures;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.TopicReader;

/** Practice records in by REST: replaced on re-send, removed on delete, bad ones reported, KPIs follow. */
@QuarkusTest
class PracticeRecordResourceTest {

    @Inject
    KpiFixtures fixtures;

    private static Map<String, Object> record(String kind, String id, String council, String child, Object... fields) {
        Map<String, Object> record = new java.util.LinkedHashMap<>(Map.of("kind", kind, "recordId", id,
                "localAuthority", council, "childRef", child));
        for (int i = 0; i < fields.length; i += 2) {
            record.put((String) fields[i], fields[i + 1]);
        }
        return record;
    }

    private static JsonPath send(Object body) {
        return given().auth().oauth2(Tokens.forRole("integration")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/practice-records")
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath value(String kpi, String council, String month, String breakdown) {
        fixtures.awaitRecomputed();
        return given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("kpi", kpi).queryParam("localAuthority", council)
                .queryParam("from", month).queryParam("to", month).queryParam("breakdown", breakdown)
                .when().get("/api/v1/kpi-values")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void visitsReplacedAndDeletedMoveChildProtectionVisits() {
        String council = KpiFixtures.newCouncil();
        List<Map<String, Object>> batch = List.of(
                record("CP_PLAN", "P1", council, "A1", "team", "CP 1", "startDate", "2021-01-04"),
                record("CP_PLAN", "P2", council, "B1", "team", "CP 2", "startDate", "2021-01-04"),
                record("CP_VISIT", "V1", council, "A1", "date", "2021-04-16", "seenAlone", true),
                record("CP_VISIT", "V2", council, "B1", "date", "2021-04-15"));
        JsonPath report = send(batch);
        assertThat(report.getInt("received")).isEqualTo(4);
        assertThat(report.getInt("stored")).isEqualTo(4);
        assertThat(report.getInt("failed")).isZero();
        JsonPath april = value("CP_VISITS_IN_TIMESCALE", council, "2021-04", "ALL");
        assertThat(april.getInt("items.find { it.team == null }.numerator")).isEqualTo(1);
        assertThat(april.getInt("items.find { it.team == null }.denominator")).isEqualTo(2);
        assertThat(april.getInt("items.find { it.team == 'CP 1' }.numerator")).isEqualTo(1);

        // Sending the same batch again changes nothing.
        send(batch);
        assertThat(value("CP_VISITS_IN_TIMESCALE", council, "2021-04", "COUNCIL").getInt("items[0].numerator")).isEqualTo(1);

        // B1's visit was really on the 19th: replaced, both children now in timescale.
        send(List.of(record("CP_VISIT", "V2", council, "B1", "date", "2021-04-19")));
        assertThat(value("CP_VISITS_IN_TIMESCALE", council, "2021-04", "COUNCIL").getInt("items[0].numerator")).isEqualTo(2);

        // A1's visit was recorded in error: deleted, A1 is overdue again.
        JsonPath deleted = send(List.of(Map.of("kind", "CP_VISIT", "recordId", "V1", "localAuthority", council,
                "deleted", true)));
        assertThat(deleted.getInt("deleted")).isEqualTo(1);
        assertThat(value("CP_VISITS_IN_TIMESCALE", council, "2021-04", "COUNCIL").getInt("items[0].numerator")).isEqualTo(1);
    }

    @Test
    void openCasesAreTheEpisodesStillOpenAfterTheMonthsLastDay() {
        String council = KpiFixtures.newCouncil();
        send(List.of(
                record("ALLOCATION", "AL1", council, "C1", "team", "CIN 1", "worker", "W1", "startDate", "2021-01-04"),
                record("ALLOCATION", "AL2", council, "C2", "team", "CIN 1", "worker", "W2", "startDate", "2021-01-04",
                        "endDate", "2021-06-30"),
                record("CP_PLAN", "CP1", council, "C2", "startDate", "2021-02-01", "endDate", "2021-06-30"),
                record("CIN_PLAN", "CIN1", council, "C3", "startDate", "2021-03-01", "endDate", "2021-07-01"),
                record("CLA_EPISODE", "CLA1", council, "C4", "startDate", "2021-07-01"),
                record("CLA_EPISODE", "CLA2", council, "C5", "startDate", "2020-01-01", "endDate", "2020-12-31")));
        // June: C1 (allocated, never closed) and C3 (plan ended in July); C2's plan and allocation ended on
        // the 30th, C4 came into care in July, C5 left care the year before.
        assertThat(value("OPEN_CASES", council, "2021-06", "COUNCIL").getInt("items[0].numerator")).isEqualTo(2);
        JsonPath caseload = value("CASELOAD_PER_WORKER", council, "2021-06", "COUNCIL");
        assertThat(caseload.getInt("items[0].numerator")).isEqualTo(1);
        assertThat(caseload.getInt("items[0].denominator")).isEqualTo(1);
        // May: C2 was still open then, with its worker.
        assertThat(value("OPEN_CASES", council, "2021-05", "COUNCIL").getInt("items[0].numerator")).isEqualTo(3);
        assertThat(value("CASELOAD_PER_WORKER", council, "2021-05", "COUNCIL").getInt("items[0].denominator")).isEqualTo(2);
        // July: C1 and C4.
        assertThat(value("OPEN_CASES", council, "2021-07", "COUNCIL").getInt("items[0].numerator")).isEqualTo(2);
    }

    @Test
    void assessmentsAsNdjsonMoveSingleAssessments() {
        String council = KpiFixtures.newCouncil();
        String ndjson = """
                {"kind":"ASSESSMENT","recordId":"A1","localAuthority":"%1$s","childRef":"C1","team":"MASH","referralDate":"2021-04-01","startDate":"2021-04-01","authorisedDate":"2021-06-08"}
                {"kind":"ASSESSMENT","recordId":"A2","localAuthority":"%1$s","childRef":"C2","team":"MASH","referralDate":"2021-04-01","startDate":"2021-04-01","authorisedDate":"2021-06-09"}
                this line is not JSON
                """.formatted(council);
        given().auth().oauth2(Tokens.forRole("integration")).contentType("application/x-ndjson").body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/practice-records")
                .then().statusCode(200)
                .body("received", equalTo(3)).body("stored", equalTo(2)).body("failed", equalTo(1))
                .body("errors[0].item", equalTo(3)).body("errors[0].field", equalTo("body"));
        JsonPath june = value("SINGLE_ASSESSMENTS_IN_TIMESCALE", council, "2021-06", "ALL");
        assertThat(june.getFloat("items.find { it.team == null }.value")).isEqualTo(50.0f);
        assertThat(june.getInt("items.find { it.team == 'MASH' }.denominator")).isEqualTo(2);
    }

    @Test
    void eachBadRecordIsReportedAndTheGoodOnesStored() {
        String council = KpiFixtures.newCouncil();
        List<Object> batch = new ArrayList<>();
        batch.add(record("CP_PLAN", "OK1", council, "A1", "startDate", "2021-01-04"));
        batch.add(record("CP_PLAN", "BAD1", council, "A2", "startDate", "2021-02-01", "endDate", "2021-01-01"));
        batch.add(record("ASSESSMENT", "BAD2", council, "A3", "startDate", "2021-02-01"));
        batch.add(record("CP_VISIT", "BAD3", council, "A4", "date", "2099-01-01"));
        batch.add(record("CP_VISIT", "BAD4", council, "Jane Smith", "date", "2021-01-05"));
        batch.add(record("CP_VISIT", "BAD5", council, "A5", "date", "5 Jan 2021"));
        batch.add(record("VISIT", "BAD6", council, "A6", "date", "2021-01-05"));
        batch.add(record("CP_PLAN", "BAD7", council, "A7", "startDate", "2021-01-04", "categories", List.of("SAD")));
        batch.add(record("ALLOCATION", "BAD8", council, "A8", "startDate", "2021-01-04"));
        given().auth().oauth2(Tokens.forRole("integration")).contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/practice-records")
                .then().statusCode(200)
                .body("received", equalTo(9)).body("stored", equalTo(1)).body("failed", equalTo(8))
                .body("errors", hasSize(8))
                .body("errors[0].item", equalTo(2)).body("errors[0].recordId", equalTo("BAD1"))
                .body("errors[0].field", equalTo("endDate")).body("errors[0].reason", equalTo("must not be before startDate"))
                .body("errors[1].field", equalTo("referralDate"))
                .body("errors[2].field", equalTo("date")).body("errors[2].reason", equalTo("must not be in the future"))
                .body("errors[3].field", equalTo("childRef"))
                .body("errors[4].field", equalTo("date")).body("errors[4].reason", equalTo("must be a date as YYYY-MM-DD"))
                .body("errors[5].field", equalTo("kind"))
                .body("errors[6].field", equalTo("categories[0]"))
                .body("errors[7].field", equalTo("worker"));
    }

    @Test
    void aNulCharacterFailsItsOwnRecordOnlyAndTheBatchIsStored() {
        String council = KpiFixtures.newCouncil();
        List<Object> batch = List.of(
                record("CP_PLAN", "NUL-OK1", council, "N1", "team", "CP 1", "startDate", "2021-01-04"),
                record("CP_PLAN", "NUL-BAD", council, "N2", "team", "CP\u00001", "startDate", "2021-01-04"),
                record("CP_PLAN", "NUL-OK2", council, "N3", "team", "CP 2", "startDate", "2021-01-04"));
        given().auth().oauth2(Tokens.forRole("integration")).contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/practice-records")
                .then().statusCode(200)
                .body("received", equalTo(3)).body("stored", equalTo(2)).body("failed", equalTo(1))
                .body("errors[0].item", equalTo(2)).body("errors[0].field", equalTo("team"))
                .body("errors[0].reason", containsString("U+0000"));
    }

    @Test
    void aCouncilSentByItsLaNumberIsTheSameCouncilAsByItsOnsCode() {
        String council = KpiFixtures.newCouncil();
        String number = uk.gov.safeguarding.kernel.Councils.england().find(council).orElseThrow().laNumber();
        send(List.of(record("CP_PLAN", "LA1", number, "L1", "startDate", "2021-01-04"),
                record("CP_PLAN", "LA2", council, "L2", "startDate", "2021-01-04")));
        JsonPath january = value("CP_VISITS_IN_TIMESCALE", number, "2021-01", "COUNCIL");
        assertThat(january.getString("items[0].localAuthority")).isEqualTo(council);
        assertThat(january.getInt("items[0].denominator")).as("both plans, under one council").isEqualTo(2);
        given().auth().oauth2(Tokens.forRole("integration")).contentType(ContentType.JSON)
                .body(List.of(record("CP_PLAN", "LA3", "E07000032", "L3", "startDate", "2021-01-04")))
                .when().post("/api/v1/practice-records")
                .then().statusCode(200).body("failed", equalTo(1)).body("errors[0].field", equalTo("localAuthority"))
                .body("errors[0].reason", containsString("district council"));
    }

    @Test
    void aBodyThatIsNotABatchIsRefusedWhole() {
        given().auth().oauth2(Tokens.forRole("integration")).contentType(ContentType.JSON)
                .body(Map.of("kind", "CP_PLAN"))
                .when().post("/api/v1/practice-records")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:safeguarding:problem:malformed"));
        given().auth().oauth2(Tokens.forRole("integration")).contentType(ContentType.JSON).body("[{\"kind\":")
                .when().post("/api/v1/practice-records")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("integration")).contentType(ContentType.TEXT).body("kind=CP_PLAN")
                .when().post("/api/v1/practice-records")
                .then().statusCode(415);
        given().auth().oauth2(Tokens.forRole("analyst")).contentType(ContentType.JSON).body("[]")
                .when().post("/api/v1/practice-records")
                .then().statusCode(403);
    }

    @Test
    void moreThanTenThousandRecordsAreRefused() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i <= 10_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"kind\":\"CP_VISIT\",\"recordId\":\"V").append(i)
                    .append("\",\"localAuthority\":\"E09999999\",\"childRef\":\"C1\",\"date\":\"2021-01-05\"}");
        }
        given().auth().oauth2(Tokens.forRole("integration")).contentType(ContentType.JSON).body(body.append("]").toString())
                .when().post("/api/v1/practice-records")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void findsTheRecordsAnAuditDrawsFromByTheirSpanInWorkingOrCalendarDays() {
        String council = KpiFixtures.newCouncil();
        String recent = java.time.LocalDate.now(uk.gov.safeguarding.kernel.LondonTime.ZONE).minusDays(1).toString();
        send(List.of(
                record("S47_ENQUIRY", "S1", council, "Q1", "strategyDiscussionDate", "2021-03-01", "icpcDate", "2021-03-05"),
                record("S47_ENQUIRY", "S2", council, "Q2", "strategyDiscussionDate", "2021-03-01", "icpcDate", "2021-03-31"),
                record("S47_ENQUIRY", "S3", council, "Q3", "strategyDiscussionDate", "2021-03-01"),
                record("S47_ENQUIRY", "S4", council, "Q4", "strategyDiscussionDate", recent),
                record("CP_PLAN", "P1", council, "Q5", "startDate", "2018-01-01", "endDate", "2020-06-01"),
                record("CP_PLAN", "P2", council, "Q6", "startDate", "2021-01-04", "endDate", "2021-05-04"),
                record("CP_PLAN", "P3", council, "Q7", "startDate", "2019-01-01")));

        JsonPath longEnquiries = find(Map.of("localAuthority", council, "kind", "S47_ENQUIRY", "minWorkingDays", 11));
        assertThat(longEnquiries.getList("items.recordId", String.class)).containsExactly("S2", "S3");
        // 2021-03-02 to 2021-03-31: 22 working days (no bank holiday in March 2021)
        assertThat(longEnquiries.getInt("items[0].workingDays")).isEqualTo(22);
        assertThat(longEnquiries.getString("items[0].spanEnd")).isEqualTo("2021-03-31");
        assertThat(find(Map.of("localAuthority", council, "kind", "S47_ENQUIRY", "openOnly", true, "minWorkingDays", 11))
                .getList("items.recordId", String.class)).containsExactly("S3");

        JsonPath first;
        try (TopicReader reader = new TopicReader(uk.gov.safeguarding.chassis.activity.ActivityLog.TOPIC)) {
            first = find(Map.of("localAuthority", council, "kind", "CP_PLAN", "minDays", 730, "limit", 1));
            String entry = reader.await(r -> r.value().contains("\"practice-records.read\"") && r.value().contains("Q5"),
                    java.time.Duration.ofSeconds(20)).value();
            assertThat(entry).contains("\"actor\":\"test-auditor\"");
        }
        assertThat(first.getList("items.recordId", String.class)).containsExactly("P1");
        assertThat(first.getLong("items[0].days")).isEqualTo(882);
        JsonPath second = find(Map.of("localAuthority", council, "kind", "CP_PLAN", "minDays", 730, "limit", 1,
                "after", first.getString("next")));
        assertThat(second.getList("items.recordId", String.class)).containsExactly("P3");
        assertThat((Object) second.get("next")).isNull();

        given().auth().oauth2(Tokens.forRole("auditor")).queryParams(Map.of("localAuthority", council, "kind", "CP_PLAN",
                        "format", "csv")).when().get("/api/v1/practice-records").then().statusCode(200)
                .body(org.hamcrest.Matchers.startsWith("record_id,kind,local_authority,child_ref"));
        given().auth().oauth2(Tokens.forRole("auditor")).queryParam("localAuthority", council)
                .when().get("/api/v1/practice-records").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("kind"));
        given().auth().oauth2(Tokens.forRole("auditor")).queryParams(Map.of("localAuthority", council, "kind", "VISIT"))
                .when().get("/api/v1/practice-records").then().statusCode(400);
        given().auth().oauth2(Tokens.forRole("practitioner")).queryParams(Map.of("localAuthority", council, "kind", "CP_PLAN"))
                .when().get("/api/v1/practice-records").then().statusCode(403);
    }

    private static JsonPath find(Map<String, Object> query) {
        return given().auth().oauth2(Tokens.forRole("auditor")).queryParams(query)
                .when().get("/api/v1/practice-records").then().statusCode(200).extract().jsonPath();
    }
}
