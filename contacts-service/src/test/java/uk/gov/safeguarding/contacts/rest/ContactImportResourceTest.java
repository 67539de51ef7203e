package uk.gov.safeguarding.contacts.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.gov.safeguarding.contacts.ContactFixtures.newChildRef;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.imports.Workbook;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.annexa.AnnexAWorkbooks;
import uk.gov.safeguarding.testsupport.TopicReader;

@QuarkusTest
class ContactImportResourceTest {

    private static String send(String body, String contentType, Map<String, ?> query) {
        return given().auth().oauth2(Tokens.forRole("integration"))
                .contentType(contentType).queryParams(query).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/contact-imports")
                .then().statusCode(202)
                .header("Location", containsString("/api/v1/contact-imports/"))
                .extract().path("id");
    }

    private static JsonPath awaitFinished(String id) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String status = given().auth().oauth2(Tokens.forRole("integration"))
                    .when().get("/api/v1/contact-imports/{id}", id).then().statusCode(200).extract().path("status");
            return "COMPLETED".equals(status) || "FAILED".equals(status);
        });
        return given().auth().oauth2(Tokens.forRole("integration"))
                .when().get("/api/v1/contact-imports/{id}", id).then().extract().jsonPath();
    }

    @Test
    void storesValidRowsReportsFailedOnesAndAddsNothingTwice() {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        String child = newChildRef();
        String csv = """
                sender_ref,local_authority,received_at,source,channel,child_ref,sex,birth_month,unborn,concern_codes,outcome,decided_at
                %1$s-1,E06000015,2021-03-01T09:15:00Z,2A,PHONE,%2$s,F,2016-04,false,3A,CIN_REFERRAL,2021-03-01T15:00:00Z
                %1$s-2,E06000015,2021-03-02T10:00:00Z,1A,EMAIL,%2$s,F,2016-04,false,,,
                %1$s-3,E06000015,2021-03-02T10:00:00Z,99,EMAIL,%2$s,F,2016-04,false,,,
                %1$s-4,E06000015,yesterday,6,PHONE,BAD REF,X,2016-04,false,,,
                %1$s-5,E06000015,2021-03-03T10:00:00Z,6,PHONE,%2$s,M,,false,18A,,
                """.formatted(batch, child);
        String id = send(csv, "text/csv", Map.of());
        JsonPath run = awaitFinished(id);
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getString("format")).isEqualTo("CSV");
        assertThat(run.getLong("rowsRead")).isEqualTo(5);
        assertThat(run.getLong("rowsStored")).isEqualTo(2);
        assertThat(run.getLong("rowsFailed")).isEqualTo(3);

        given().auth().oauth2(Tokens.forRole("integration"))
                .when().get("/api/v1/contact-imports/{id}/errors", id)
                .then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.find { it.line == 4 }.field", equalTo("source"))
                .body("items.findAll { it.line == 5 }.field", org.hamcrest.Matchers.containsInAnyOrder("received_at", "sex", "child_ref"))
                .body("items.find { it.line == 6 }.field", equalTo("concernCodes[0]"));

        given().auth().oauth2(Tokens.forRole("auditor")).queryParam("childRef", child).queryParam("sort", "receivedAt")
                .when().get("/api/v1/contacts")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].status", equalTo("DECIDED"))
                .body("items[0].decision.outcome", equalTo("CIN_REFERRAL"))
                .body("items[0].decision.inTimescale", equalTo(true))
                .body("items[1].status", equalTo("AWAITING_SCREENING"))
                .body("items[1].earlierContacts", equalTo(1));

        // The worker's stored rows are in the activity log in the sender's name, naming the children.
        try (TopicReader reader = new TopicReader(ActivityLog.TOPIC)) {
            String entry = reader.await(r -> r.value().contains("\"contact-import.rows-stored\"")
                    && r.value().contains(id), Duration.ofSeconds(20)).value();
            assertThat(entry).contains("\"actor\":\"test-integration\"").contains(child);
        }

        JsonPath again = awaitFinished(send(csv, "text/csv", Map.of()));
        assertThat(again.getLong("rowsStored")).isZero();
        assertThat(again.getLong("rowsDuplicate")).isEqualTo(2);
        assertThat(again.getLong("rowsFailed")).isEqualTo(3);
    }

    @Test
    void readsOfstedAnnexAList1() {
        String child = newChildRef();
        String csv = """
                Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source
                %1$s,b) Female,a) WBRI,14/02/2015,6,01/03/2021,a) 1A: Individual
                %1$s,b) Female,a) WBRI,14/02/2015,6,15/03/2021,q) 6: Police
                %1$s,b) Female,a) WBRI,14/02/2015,6,16/03/2021,z) Something else
                """.formatted(child);
        String id = send(csv, "text/csv", Map.of("localAuthority", "831"));
        JsonPath run = awaitFinished(id);
        assertThat(run.getString("format")).isEqualTo("ANNEX_A");
        assertThat(run.getLong("rowsStored")).isEqualTo(2);
        assertThat(run.getLong("rowsFailed")).isEqualTo(1);
        given().auth().oauth2(Tokens.forRole("integration"))
                .when().get("/api/v1/contact-imports/{id}/errors", id)
                .then().body("items[0].field", equalTo("Contact Source"))
                .body("items[0].line", equalTo(4));
        given().auth().oauth2(Tokens.forRole("auditor")).queryParam("childRef", child).queryParam("sort", "receivedAt")
                .when().get("/api/v1/contacts")
                .then().statusCode(200)
                .body("items.source", org.hamcrest.Matchers.contains("1A", "6"))
                // sent as Derby's LA number, stored by its ONS code
                .body("items[0].localAuthority", equalTo("E06000015"))
                .body("items[0].children[0].birthMonth", equalTo("2015-02"))
                .body("items[0].children[0].sex", equalTo("F"))
                .body("items[1].earlierContacts", equalTo(1));
    }

    private static String sendWorkbook(Map<Integer, java.util.List<Map<String, Object>>> lists) throws Exception {
        java.nio.file.Path file = AnnexAWorkbooks.write(java.nio.file.Files.createTempFile("annex-a", ".xlsx"), lists);
        return given().auth().oauth2(Tokens.forRole("integration"))
                .contentType(Workbook.MEDIA_TYPE).queryParam("localAuthority", "831")
                .body(java.nio.file.Files.readAllBytes(file))
                .when().post("/api/v1/contact-imports")
                .then().statusCode(202).extract().path("id");
    }

    @Test
    void readsList1OfTheAnnexAWorkbookAsItIsAndSkipsTheOtherLists() throws Exception {
        String prefix = newChildRef().substring(0, 10);
        JsonPath run = awaitFinished(sendWorkbook(AnnexAWorkbooks.template(prefix)));
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getString("format")).isEqualTo("XLSX");
        assertThat(run.getLong("rowsRead")).isEqualTo(3);
        assertThat(run.getLong("rowsStored")).isEqualTo(3);
        assertThat(run.getLong("rowsFailed")).isZero();
        assertThat(run.getList("skippedSheets.list", Integer.class)).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(run.getList("skippedSheets.sheet", String.class)).contains("Referrals", "CLA");
        assertThat(run.getString("skippedSheets.find { it.list == 8 }.reason"))
                .isEqualTo("List 8 (children in care) is not used by this service");
        // q) 6: Police, a date cell, a) Male
        given().auth().oauth2(Tokens.forRole("auditor")).queryParam("childRef", prefix + "1")
                .when().get("/api/v1/contacts")
                .then().statusCode(200).body("items[0].source", equalTo("6"))
                .body("items[0].receivedAt", equalTo("2021-03-31T23:00:00Z"))
                .body("items[0].children[0].sex", equalTo("M"))
                .body("items[0].children[0].birthMonth", equalTo("2012-05"));
        // 1A - Family member, a serial day number, b) Female and a text date of birth
        given().auth().oauth2(Tokens.forRole("auditor")).queryParam("childRef", prefix + "2")
                .when().get("/api/v1/contacts")
                .then().statusCode(200).body("items[0].source", equalTo("1A"))
                .body("items[0].receivedAt", equalTo("2021-04-05T23:00:00Z"))
                .body("items[0].children[0].sex", equalTo("F"));
        given().auth().oauth2(Tokens.forRole("auditor")).queryParam("childRef", prefix + "3")
                .when().get("/api/v1/contacts")
                .then().statusCode(200).body("items[0].source", equalTo("1A"));
    }

    @Test
    void aWorkbookRowWithOneBadValueStoresNothing() throws Exception {
        String prefix = newChildRef().substring(0, 10);
        Map<Integer, java.util.List<Map<String, Object>>> lists = AnnexAWorkbooks.template(prefix);
        lists.keySet().retainAll(java.util.List.of(1));
        lists.get(1).get(0).put("Contact Source", "q) 66: Somewhere");
        lists.get(1).get(2).put("Gender", "x) Dunno");
        String id = sendWorkbook(lists);
        JsonPath run = awaitFinished(id);
        assertThat(run.getLong("rowsStored")).isEqualTo(1);
        assertThat(run.getLong("rowsFailed")).isEqualTo(2);
        JsonPath errors = given().auth().oauth2(Tokens.forRole("integration"))
                .when().get("/api/v1/contact-imports/{id}/errors", id).then().extract().jsonPath();
        assertThat(errors.getList("items.field", String.class)).containsExactly("Contact Source", "Gender");
        assertThat(errors.getList("items.line", Integer.class)).containsExactly(2, 4);
        assertThat(errors.getString("items[0].reason")).startsWith("'q) 66: Somewhere' is not a contact or referral source");
        given().auth().oauth2(Tokens.forRole("auditor")).queryParam("childRef", prefix + "1")
                .when().get("/api/v1/contacts").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aWorkbookWithoutList1FailsTheRunSayingWhy() throws Exception {
        Map<Integer, java.util.List<Map<String, Object>>> lists = AnnexAWorkbooks.template("NOLIST");
        lists.remove(1);
        JsonPath run = awaitFinished(sendWorkbook(lists));
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("message")).contains("Annex A List 1", "Date of Contact");
        assertThat(run.getList("skippedSheets")).hasSize(10);
    }

    @Test
    void readsNdjsonWithHistoricDecisions() {
        String child = newChildRef();
        String ndjson = """
                {"senderRef":"ND-%1$s-1","localAuthority":"E06000015","receivedAt":"2021-04-01T09:00:00Z","source":"6","channel":"POLICE_NOTIFICATION","children":[{"childRef":"%1$s","birthMonth":"2012-09","unborn":false,"sex":"M"}],"decision":{"outcome":"STRATEGY_DISCUSSION","decidedAt":"2021-04-06T12:00:00Z","referrerInformedAt":"2021-04-07T12:00:00Z","referrerInformedMethod":"EMAIL"}}

                {"senderRef":"ND-%1$s-2","localAuthority":"E06000015","receivedAt":"not a time","source":"6","channel":"PHONE","children":[]}
                [1,2]
                """.formatted(child);
        String id = send(ndjson, "application/x-ndjson", Map.of());
        JsonPath run = awaitFinished(id);
        assertThat(run.getString("format")).isEqualTo("NDJSON");
        assertThat(run.getLong("rowsStored")).isEqualTo(1);
        assertThat(run.getLong("rowsFailed")).isEqualTo(2);
        given().auth().oauth2(Tokens.forRole("integration"))
                .when().get("/api/v1/contact-imports/{id}/errors", id)
                .then().body("items.field", org.hamcrest.Matchers.contains("receivedAt", "row"))
                .body("items.line", org.hamcrest.Matchers.contains(3, 4));
        given().auth().oauth2(Tokens.forRole("auditor")).queryParam("childRef", child)
                .when().get("/api/v1/contacts")
                .then().body("items[0].decision.outcome", equalTo("STRATEGY_DISCUSSION"))
                .body("items[0].decision.workingDays", equalTo(1))
                .body("items[0].referrerFeedback.workingDays", equalTo(1));
    }

    @Test
    void aHeaderWithoutRequiredColumnsFailsTheRun() {
        JsonPath run = awaitFinished(send("child_ref,sex\nA1,F\n", "text/csv", Map.of()));
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("message")).contains("sender_ref", "received_at", "source");
    }

    @Test
    void refusesWhatItCannotRead() {
        given().auth().oauth2(Tokens.forRole("integration")).contentType("application/xml").body("<x/>")
                .when().post("/api/v1/contact-imports")
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("integration")).contentType("text/csv").body("a,b\n")
                .queryParam("format", "annex-a")
                .when().post("/api/v1/contact-imports")
                .then().statusCode(400).body("violations[0].field", equalTo("localAuthority"));
        given().auth().oauth2(Tokens.forRole("integration")).contentType("text/csv").body("a,b\n")
                .queryParam("format", "xlsx")
                .when().post("/api/v1/contact-imports")
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
        given().auth().oauth2(Tokens.forRole("practitioner")).contentType("text/csv").body("a,b\n")
                .when().post("/api/v1/contact-imports")
                .then().statusCode(403);
        given().contentType("text/csv").body("a,b\n")
                .when().post("/api/v1/contact-imports")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.forRole("integration"))
                .when().get("/api/v1/contact-imports/{id}", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(Tokens.forRole("integration"))
                .when().get("/api/v1/contact-imports")
                .then().statusCode(200).body("items.status", hasItem(org.hamcrest.Matchers.anything()));
    }

}
