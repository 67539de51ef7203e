package uk.gov.safeguarding.actionplan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.actionplan.ActionPlanFixtures;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.TopicReader;

@QuarkusTest
class ActionResourceTest {

    private static final String EVIDENCE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Inject
    AgroalDataSource dataSource;

    private static String owner() {
        return Tokens.forSubject("owner-1", "practitioner");
    }

    private static void move(String token, String id, String status, int expected) {
        given().auth().oauth2(token).contentType("application/json").body(Map.of("status", status, "reason", "as agreed"))
                .when().post("/api/v1/actions/{id}/status", id).then().statusCode(expected);
    }

    @Test
    void anActionIsCompletedWithEvidenceAndVerifiedBySomeoneElse() {
        String id = ActionPlanFixtures.newAction("owner-1", LocalDate.now().plusMonths(2));
        move(owner(), id, "IN_PROGRESS", 200);
        // no evidence yet
        move(owner(), id, "COMPLETE", 409);
        given().auth().oauth2(owner()).contentType("application/json")
                .body(Map.of("text", "Posts advertised", "ownerRag", "AMBER"))
                .when().post("/api/v1/actions/{id}/updates", id).then().statusCode(201);
        move(owner(), id, "COMPLETE", 409);
        given().auth().oauth2(owner()).contentType("application/json")
                .body(Map.of("text", "All four posts filled", "evidenceUrl", "https://derby.example/recruitment.pdf"))
                .when().post("/api/v1/actions/{id}/updates", id).then().statusCode(400)
                .body("violations[0].field", equalTo("evidenceSha256"));
        given().auth().oauth2(owner()).contentType("application/json")
                .body(Map.of("text", "All four posts filled", "ownerRag", "GREEN",
                        "evidenceUrl", "https://derby.example/recruitment.pdf", "evidenceSha256", EVIDENCE))
                .when().post("/api/v1/actions/{id}/updates", id).then().statusCode(201)
                .body("author", equalTo("owner-1"));
        try (TopicReader reader = new TopicReader(Topics.ACTIONS)) {
            move(owner(), id, "COMPLETE", 200);
            // the owner cannot verify their own action; a board member can
            move(owner(), id, "VERIFIED", 409);
            move(Tokens.forSubject("board-chair", "board"), id, "VERIFIED", 200);
            String verified = reader.await(r -> r.value().contains(id)
                    && "safeguarding.action.verified.v1".equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(20)).value();
            assertThat(verified).contains("\"status\":\"VERIFIED\"").contains("\"previousStatus\":\"COMPLETE\"")
                    .contains("\"rag\":\"BLUE\"").doesNotContain("posts filled");
            assertThat(reader.seen(r -> r.value().contains(id)
                    && "safeguarding.action.completed.v1".equals(TopicReader.header(r, "ce_type")))).hasSize(1);
        }
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}", id).then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("ownerRag", equalTo("GREEN")).body("hasEvidence", equalTo(true));
        given().auth().oauth2(owner()).contentType("application/json").body(Map.of("text", "After the fact"))
                .when().post("/api/v1/actions/{id}/updates", id).then().statusCode(409);
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}/updates", id).then()
                .statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void progressUpdatesAreNeverChangedEvenByTheDatabasesOwnUser() throws SQLException {
        String id = ActionPlanFixtures.newAction("owner-1", LocalDate.now().plusMonths(2));
        given().auth().oauth2(owner()).contentType("application/json").body(Map.of("text", "Started"))
                .when().post("/api/v1/actions/{id}/updates", id).then().statusCode(201);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> connection.createStatement()
                    .executeUpdate("UPDATE action_update SET text = 'Finished' WHERE action_id = '" + id + "'")))
                    .hasMessageContaining("appended, never changed");
        }
    }

    @Test
    void aDueDateMovesOnlyWhenASecondPersonApprovesAndTheFirstStaysVisible() {
        LocalDate due = LocalDate.now().plusMonths(1);
        String id = ActionPlanFixtures.newAction("owner-1", due);
        String revision = given().auth().oauth2(owner()).contentType("application/json")
                .body(Map.of("dueDate", due.plusMonths(2).toString(), "reason", "Recruitment round failed"))
                .when().post("/api/v1/actions/{id}/due-date-revisions", id).then().statusCode(201)
                .body("approved", nullValue()).extract().path("id");
        given().auth().oauth2(owner()).contentType("application/json")
                .body(Map.of("dueDate", due.plusMonths(3).toString(), "reason", "Again"))
                .when().post("/api/v1/actions/{id}/due-date-revisions", id).then().statusCode(409);
        // the owner cannot approve their own deferral, even as a manager
        given().auth().oauth2(Tokens.forSubject("owner-1", "manager")).contentType("application/json")
                .body(Map.of("approve", true))
                .when().post("/api/v1/actions/{id}/due-date-revisions/{r}/decision", id, revision).then().statusCode(409);
        try (TopicReader reader = new TopicReader(Topics.ACTIONS)) {
            given().auth().oauth2(Tokens.forSubject("head-of-service", "manager")).contentType("application/json")
                    .body(Map.of("approve", true))
                    .when().post("/api/v1/actions/{id}/due-date-revisions/{r}/decision", id, revision).then().statusCode(200)
                    .body("approved", equalTo(true)).body("decidedBy", equalTo("head-of-service"));
            assertThat(reader.await(r -> r.value().contains(id)
                    && "safeguarding.action.due-date-revised.v1".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(20)).value()).contains("\"revisions\":1").doesNotContain("Recruitment round");
        }
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}", id).then()
                .body("dueDate", equalTo(due.plusMonths(2).toString())).body("originalDueDate", equalTo(due.toString()))
                .body("revisions", equalTo(1));
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}/due-date-revisions", id).then()
                .body("size()", equalTo(1)).body("[0].reason", equalTo("Recruitment round failed"));
    }

    @Test
    void ragIsWorkedOutByTheCouncilsRulesBesideTheOwnersJudgement() {
        String overdue = ActionPlanFixtures.newAction("owner-1", LocalDate.now().minusDays(1));
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}", overdue).then()
                .body("rag", equalTo("RED"));
        String dueSoon = ActionPlanFixtures.newAction("owner-1", LocalDate.now().plusDays(3));
        given().auth().oauth2(owner()).contentType("application/json").body(Map.of("text", "On track", "ownerRag", "GREEN"))
                .when().post("/api/v1/actions/{id}/updates", dueSoon).then().statusCode(201);
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}", dueSoon).then()
                .body("rag", equalTo("AMBER")).body("ownerRag", equalTo("GREEN"));
        move(owner(), dueSoon, "BLOCKED", 200);
        move(owner(), dueSoon, "CANCELLED", 200);
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/actions/{id}", dueSoon).then()
                .body("rag", nullValue()).body("status", equalTo("CANCELLED"));
    }

    @Test
    void anOwnerListsTheirOwnActionsAndTheOverdueOnesSoonestFirst() {
        String me = "lister-" + java.util.UUID.randomUUID();
        String recommendation = ActionPlanFixtures.recommendation(ActionPlanFixtures.source("AUDIT", null), "1");
        String later = ActionPlanFixtures.action(recommendation, me, LocalDate.now().plusMonths(2));
        String overdue = ActionPlanFixtures.action(recommendation, me, LocalDate.now().minusDays(3));
        ActionPlanFixtures.action(recommendation, "someone-else", LocalDate.now().minusDays(3));
        String token = Tokens.forSubject(me, "practitioner");
        given().auth().oauth2(token).queryParam("owner", "me").when().get("/api/v1/actions").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.id", equalTo(List.of(overdue, later)));
        given().auth().oauth2(token).queryParam("owner", "me").queryParam("overdue", "true")
                .when().get("/api/v1/actions").then().body("items.id", equalTo(List.of(overdue)))
                .body("items[0].rag", equalTo("RED"));
        given().auth().oauth2(token).queryParam("owner", "me").queryParam("status", "IN_PROGRESS,BLOCKED")
                .when().get("/api/v1/actions").then().body("totalItems", equalTo(0));
        given().auth().oauth2(token).queryParam("status", "DONE").when().get("/api/v1/actions").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }
}
