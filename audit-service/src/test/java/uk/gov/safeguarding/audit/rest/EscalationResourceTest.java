package uk.gov.safeguarding.audit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.LogFixtures;
import uk.gov.safeguarding.audit.service.Escalations;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.TopicReader;

@QuarkusTest
class EscalationResourceTest {

    @Inject
    Escalations escalations;

    private static JsonPath raise(String child) {
        return given().auth().oauth2(Tokens.forRole("auditor")).contentType("application/json")
                .body(Map.of("localAuthority", "E06000015", "childRef", child,
                        "concern", "No visit for 9 weeks; new injuries reported by school"))
                .when().post("/api/v1/escalations").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aChildAtRiskIsPublishedAtOnceAndStaysOpenUntilAManagerTakesItOn() {
        String child = LogFixtures.newChild();
        JsonPath raised;
        try (TopicReader reader = new TopicReader(Topics.AUDITS)) {
            raised = raise(child);
            String event = reader.await(r -> r.value().contains(raised.getString("id")), Duration.ofSeconds(20)).value();
            assertThat(event).contains(child).doesNotContain("injuries");
        }
        assertThat(raised.getString("status")).isEqualTo("OPEN");
        assertThat(raised.getString("raisedBy")).isEqualTo("test-auditor");
        String id = raised.getString("id");

        // the auditor who raised it cannot acknowledge it; a manager can, once
        given().auth().oauth2(Tokens.forRole("auditor")).contentType("application/json").body(Map.of())
                .when().post("/api/v1/escalations/{id}/acknowledgement", id).then().statusCode(403);
        given().auth().oauth2(Tokens.forRole("manager")).queryParam("status", "open").queryParam("size", 200)
                .when().get("/api/v1/escalations").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("OPEN"));
        given().auth().oauth2(Tokens.forRole("manager")).contentType("application/json")
                .body(Map.of("note", "Strategy discussion today"))
                .when().post("/api/v1/escalations/{id}/acknowledgement", id).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo("test-manager"));
        given().auth().oauth2(Tokens.forRole("manager")).contentType("application/json").body(Map.of())
                .when().post("/api/v1/escalations/{id}/acknowledgement", id).then().statusCode(409);
    }

    @Test
    void oneNotAcknowledgedInTimeIsPublishedAgainOnce() throws Exception {
        String id = raise(LogFixtures.newChild()).getString("id");
        try (Connection owner = DriverManager.getConnection(System.getProperty("audit.test.owner.url"),
                System.getProperty("audit.test.owner.user"), System.getProperty("audit.test.owner.password"));
             PreparedStatement past = owner.prepareStatement(
                     "UPDATE escalation SET due_by = now() - interval '1 minute' WHERE id = ?::uuid")) {
            past.setString(1, id);
            past.executeUpdate();
        }
        try (TopicReader reader = new TopicReader(Topics.AUDITS)) {
            escalations.announceOverdue();
            escalations.announceOverdue();
            java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> overdue =
                    r -> r.value().contains(id) && "safeguarding.escalation.overdue.v1".equals(TopicReader.header(r, "ce_type"));
            reader.await(overdue, Duration.ofSeconds(20));
            escalations.announceOverdue();
            Thread.sleep(1_500);
            assertThat(reader.seen(overdue)).as("published once").hasSize(1);
        }
        given().auth().oauth2(Tokens.forRole("board")).queryParam("status", "overdue").queryParam("size", 200)
                .when().get("/api/v1/escalations").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("OVERDUE"));
    }

    @Test
    void refusesWhatItCannotTake() {
        given().auth().oauth2(Tokens.forRole("auditor")).contentType("application/json")
                .body(Map.of("localAuthority", "E06000015", "childRef", "Jane Smith", "concern", "x"))
                .when().post("/api/v1/escalations").then().statusCode(400).body("violations[0].field", equalTo("childRef"));
        given().auth().oauth2(Tokens.forRole("auditor")).contentType("application/json")
                .body(Map.of("localAuthority", "E06000015", "childRef", "DB1"))
                .when().post("/api/v1/escalations").then().statusCode(400).body("violations[0].field", equalTo("concern"));
        given().auth().oauth2(Tokens.forRole("manager")).queryParam("status", "late")
                .when().get("/api/v1/escalations").then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.forRole("manager")).contentType("application/json").body(Map.of())
                .when().post("/api/v1/escalations/{id}/acknowledgement", java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
