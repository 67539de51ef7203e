package uk.gov.safeguarding.audit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.AuditFixtures;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.TopicReader;

@QuarkusTest
class AuditResourceTest {

    private static java.util.function.Predicate<ConsumerRecord<String, String>> event(String type, String id) {
        return r -> r.value().contains(id) && type.equals(TopicReader.header(r, "ce_type"));
    }

    @Test
    void anAuditIsPlannedWithAToolVersionAndPublishedWithoutItsTheme() {
        try (TopicReader reader = new TopicReader(Topics.AUDITS)) {
            JsonPath audit = AuditFixtures.plan(Map.of("localAuthority", "E06000015", "type", "THEMATIC_DIP_SAMPLE",
                    "theme", "Repeat contacts from family and friends", "scope", "Three or more contacts in 2021",
                    "teams", List.of("MASH"), "plannedStart", "2021-10-04", "plannedEnd", "2021-10-29"));
            assertThat(audit.getString("status")).isEqualTo("PLANNED");
            assertThat(audit.getString("toolKey")).isEqualTo("case-file-audit");
            assertThat(audit.getString("leadAuditor")).isEqualTo("test-auditor");
            String created = reader.await(event("safeguarding.audit.created.v1", audit.getString("id")),
                    Duration.ofSeconds(20)).value();
            assertThat(created).contains("\"type\":\"THEMATIC_DIP_SAMPLE\"").contains("\"toolVersion\":1")
                    .doesNotContain("family and friends").doesNotContain("Three or more");
        }
    }

    @Test
    void anAssuranceVisitNamesItsMethodsAndNothingElseHasThem() {
        JsonPath visit = AuditFixtures.plan(Map.of("localAuthority", "E06000015", "type", "ASSURANCE_VISIT",
                "theme", "Multi-agency assurance visit", "methods", List.of("FOCUS_GROUP", "LIVE_CASE_TRACKING",
                        "CONTACT_AND_DECISION_AUDITS", "STRATEGY_MEETING_AUDITS", "INTERVIEWS"),
                "plannedStart", "2021-11-22", "plannedEnd", "2021-11-22"));
        assertThat(visit.getList("methods")).hasSize(5);
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("localAuthority", "E06000015", "type", "ASSURANCE_VISIT", "theme", "No methods"))
                .when().post("/api/v1/audits").then().statusCode(400).body("violations[0].field", equalTo("methods"));
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("localAuthority", "E06000015", "type", "CASE_FILE_AUDIT", "theme", "Wrong",
                        "methods", List.of("INTERVIEWS")))
                .when().post("/api/v1/audits").then().statusCode(400).body("violations[0].field", equalTo("methods"));
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("localAuthority", "E06000015", "type", "CASE_FILE_AUDIT", "theme", "Backwards",
                        "plannedStart", "2021-11-22", "plannedEnd", "2021-11-01"))
                .when().post("/api/v1/audits").then().statusCode(400).body("violations[0].field", equalTo("plannedEnd"));
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("localAuthority", "E06000015", "type", "CASE_FILE_AUDIT", "theme", "No such tool",
                        "toolKey", "no-such-tool"))
                .when().post("/api/v1/audits").then().statusCode(400).body("violations[0].field", equalTo("tool"));
        // an assurance visit is made of other methods: it may complete with no case audits
        AuditFixtures.move(visit.getString("id"), "IN_PROGRESS");
        AuditFixtures.move(visit.getString("id"), "COMPLETED");
    }

    @Test
    void anAuditGoesStepByStepAndIsCancelledOnlyWithAReason() {
        String id = AuditFixtures.planned("Steps");
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json").body(Map.of("status", "COMPLETED"))
                .when().post("/api/v1/audits/{id}/status", id).then().statusCode(409);
        AuditFixtures.move(id, "IN_PROGRESS");
        given().auth().oauth2(AuditFixtures.auditor()).when().get("/api/v1/audits/{id}", id).then()
                .body("status", equalTo("IN_PROGRESS")).body("actualStart", notNullValue());
        // a case file audit completes only with its case audits submitted
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json").body(Map.of("status", "COMPLETED"))
                .when().post("/api/v1/audits/{id}/status", id).then().statusCode(409);
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json").body(Map.of("status", "CANCELLED"))
                .when().post("/api/v1/audits/{id}/status", id).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        try (TopicReader reader = new TopicReader(Topics.AUDITS)) {
            given().auth().oauth2(Tokens.forRole("manager")).contentType("application/json")
                    .body(Map.of("status", "CANCELLED", "reason", "Superseded by the inspection's own sample"))
                    .when().post("/api/v1/audits/{id}/status", id).then().statusCode(200)
                    .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("Superseded by the inspection's own sample"));
            assertThat(reader.await(event("safeguarding.audit.cancelled.v1", id), Duration.ofSeconds(20)).value())
                    .doesNotContain("Superseded");
        }
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json").body(Map.of("status", "IN_PROGRESS"))
                .when().post("/api/v1/audits/{id}/status", id).then().statusCode(409);
        given().auth().oauth2(Tokens.forRole("practitioner")).contentType("application/json").body(Map.of("status", "IN_PROGRESS"))
                .when().post("/api/v1/audits/{id}/status", id).then().statusCode(403);
    }

    @Test
    void anAuditsSampleIsOfItsOwnCouncilAndChosenBeforeItsWorkStarts() {
        String id = AuditFixtures.planned("Sampled");
        String derby = given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("localAuthority", "E06000015", "title", "Derby", "population",
                        IntStream.range(0, 30).mapToObj(i -> "DB" + i).toList(), "size", 5))
                .when().post("/api/v1/samples").then().statusCode(201).extract().path("id");
        String nottingham = given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("localAuthority", "E06000018", "title", "Nottingham", "population", List.of("N1", "N2"), "size", 1))
                .when().post("/api/v1/samples").then().statusCode(201).extract().path("id");
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json").body(Map.of("sampleId", nottingham))
                .when().post("/api/v1/audits/{id}/sample", id).then().statusCode(400)
                .body("violations[0].field", equalTo("sampleId"));
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json").body(Map.of("sampleId", derby))
                .when().post("/api/v1/audits/{id}/sample", id).then().statusCode(200).body("sampleId", equalTo(derby));
        AuditFixtures.move(id, "IN_PROGRESS");
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json").body(Map.of("sampleId", derby))
                .when().post("/api/v1/audits/{id}/sample", id).then().statusCode(409);
    }

    @Test
    void aRecommendationIsPublishedForActionPlanServiceWhichReadsItsWordsWithItsOwnToken() {
        String id = AuditFixtures.planned("Recommendations");
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("kind", "CONCERN", "text", "Too early"))
                .when().post("/api/v1/audits/{id}/findings", id).then().statusCode(409);
        AuditFixtures.move(id, "IN_PROGRESS");
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("kind", "STRENGTH", "text", "Decisions at the front door were timely"))
                .when().post("/api/v1/audits/{id}/findings", id).then().statusCode(201).body("number", equalTo(1));
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("kind", "AREA_FOR_DEVELOPMENT", "text", "Strategy meetings rarely include education"))
                .when().post("/api/v1/audits/{id}/findings", id).then().statusCode(201).body("number", equalTo(2));
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/audits/{id}/findings", id).then()
                .statusCode(200).body("kind", equalTo(List.of("STRENGTH", "AREA_FOR_DEVELOPMENT")));

        String recommendation;
        try (TopicReader reader = new TopicReader(Topics.AUDITS)) {
            JsonPath raised = given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                    .body(Map.of("references", List.of("4.2", "5.1-5.3"), "theme", "Multi-agency working",
                            "text", "Education attend every strategy meeting for a school-age child",
                            "addressedTo", "Derby Safeguarding Children Partnership"))
                    .when().post("/api/v1/audits/{id}/recommendations", id).then().statusCode(201)
                    .extract().jsonPath();
            recommendation = raised.getString("id");
            assertThat(raised.getInt("number")).isEqualTo(1);
            String event = reader.await(event("safeguarding.recommendation.raised.v1", recommendation),
                    Duration.ofSeconds(20)).value();
            assertThat(event).contains("\"references\":[\"4.2\",\"5.1-5.3\"]").contains("\"number\":1")
                    .contains("\"href\":\"/api/v1/audits/" + id + "/recommendations/" + recommendation + "\"")
                    .doesNotContain("Education attend");
        }
        given().auth().oauth2(Tokens.forRole("integration"))
                .when().get("/api/v1/audits/{id}/recommendations/{r}", id, recommendation).then().statusCode(200)
                .body("text", equalTo("Education attend every strategy meeting for a school-age child"))
                .body("references", equalTo(List.of("4.2", "5.1-5.3")));
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("references", List.of("see <script>"), "text", "x"))
                .when().post("/api/v1/audits/{id}/recommendations", id).then().statusCode(400)
                .body("violations[0].field", equalTo("references[0]"));
        given().auth().oauth2(Tokens.forRole("integration")).when().get("/api/v1/audits/{id}/recommendations", id)
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void auditsAreListedNewestFirstByCouncilStatusAndType() {
        String id = AuditFixtures.planned("Listed");
        given().auth().oauth2(Tokens.forRole("board")).queryParam("localAuthority", "E06000015")
                .queryParam("status", "PLANNED").queryParam("type", "CASE_FILE_AUDIT")
                .when().get("/api/v1/audits").then().statusCode(200).body("items[0].id", equalTo(id));
        given().auth().oauth2(Tokens.forRole("board")).queryParam("status", "FINISHED")
                .when().get("/api/v1/audits").then().statusCode(400).body("violations[0].field", equalTo("status"));
    }
}
