package uk.gov.safeguarding.actionplan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.actionplan.ActionPlanFixtures;
import uk.gov.safeguarding.testsupport.Tokens;

/**
 * One review with an action at every status, one overdue and one revised, read back as progress, the tracker and
 * the board's pack.
 */
@QuarkusTest
class ReportResourceTest {

    private static final String EVIDENCE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final LocalDate SOON = LocalDate.now().plusMonths(2);

    private String source;
    private String board;
    private final Map<String, String> actionOf = new java.util.HashMap<>();

    @BeforeEach
    void aReviewWithAnActionAtEveryStatus() {
        source = ActionPlanFixtures.source("SCRUTINY_REVIEW", "2024-01-10");
        board = "Board " + UUID.randomUUID();
        String past = LocalDate.now().minusDays(10).toString();
        String table = "No,Recommendation,Action,Action ref,Owner,Agency,Due date,Approved by,Approved on\n"
                + "1,Publish thresholds,Publish the document,A1,owner-a,Derby City Council," + SOON + "," + board + ",2024-02-01\n"
                + "1,,Train the front door,A2,owner-a,Derby City Council," + past + "," + board + ",2024-02-01\n"
                + "2,Audit supervision,Audit 20 cases,A3,owner-b,Derbyshire Constabulary," + SOON + "," + board + ",2024-02-01\n"
                + "2,,Report the audit,A4,owner-b,Derbyshire Constabulary," + SOON + "," + board + ",2024-02-01\n"
                + "3,Review caseloads,Report caseloads,A5,owner-b,," + SOON + "," + board + ",2024-02-01\n";
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("text/csv").body(table)
                .when().post("/api/v1/sources/{id}/recommendation-imports", source).then().statusCode(200)
                .body("actions.created", equalTo(5));
        JsonPath recommendations = given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/sources/{id}/recommendations", source).then().extract().jsonPath();
        for (String rec : recommendations.getList("id", String.class)) {
            JsonPath actions = given().auth().oauth2(Tokens.forRole("board"))
                    .when().get("/api/v1/recommendations/{id}/actions", rec).then().extract().jsonPath();
            for (int i = 0; i < actions.getList("id").size(); i++) {
                actionOf.put(actions.getString("[" + i + "].what"), actions.getString("[" + i + "].id"));
            }
        }
        // A1 in progress with a formula-like update; A3 verified; A4 complete; A5 cancelled; A2 overdue, untouched
        String a1 = actionOf.get("Publish the document");
        move("owner-a", a1, "IN_PROGRESS");
        update("owner-a", a1, "=HYPERLINK(\"https://evil.example\")", null);
        String a3 = actionOf.get("Audit 20 cases");
        move("owner-b", a3, "IN_PROGRESS");
        update("owner-b", a3, "Audit done", EVIDENCE);
        move("owner-b", a3, "COMPLETE");
        move("chair", a3, "VERIFIED");
        String a4 = actionOf.get("Report the audit");
        move("owner-b", a4, "IN_PROGRESS");
        update("owner-b", a4, "Report written", EVIDENCE);
        move("owner-b", a4, "COMPLETE");
        move("chair", actionOf.get("Report caseloads"), "CANCELLED");
        String revision = given().auth().oauth2(Tokens.forSubject("owner-a", "practitioner")).contentType("application/json")
                .body(Map.of("dueDate", SOON.plusMonths(1).toString(), "reason", "Printing delayed"))
                .when().post("/api/v1/actions/{id}/due-date-revisions", a1).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.forSubject("head-of-service", "manager")).contentType("application/json")
                .body(Map.of("approve", true))
                .when().post("/api/v1/actions/{id}/due-date-revisions/{r}/decision", a1, revision).then().statusCode(200);
    }

    private static void move(String who, String action, String status) {
        given().auth().oauth2(Tokens.forSubject(who, "board".equals(who) || "chair".equals(who) ? "board" : "practitioner"))
                .contentType("application/json").body(Map.of("status", status, "reason", "as the board agreed"))
                .when().post("/api/v1/actions/{id}/status", action).then().statusCode(200);
    }

    private static void update(String who, String action, String text, String evidence) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("text", text, "ownerRag", "AMBER"));
        if (evidence != null) {
            body.put("evidenceUrl", "https://derby.example/evidence.pdf");
            body.put("evidenceSha256", evidence);
        }
        given().auth().oauth2(Tokens.forSubject(who, "practitioner")).contentType("application/json").body(body)
                .when().post("/api/v1/actions/{id}/updates", action).then().statusCode(201);
    }

    @Test
    void progressIsCountedBySourceOwnerAndAgencyWithTheShareCompleteAndTheOverdue() {
        given().auth().oauth2(Tokens.forRole("board")).queryParam("sourceId", source)
                .when().get("/api/v1/reports/progress").then().statusCode(200)
                .body("by", equalTo("SOURCE")).body("items.size()", equalTo(1))
                .body("items[0].key", equalTo(source)).body("items[0].actions", equalTo(5))
                .body("items[0].notStarted", equalTo(1)).body("items[0].inProgress", equalTo(1))
                .body("items[0].complete", equalTo(1)).body("items[0].verified", equalTo(1))
                .body("items[0].cancelled", equalTo(1)).body("items[0].percentComplete", equalTo(50.0f))
                .body("items[0].overdue", equalTo(1)).body("items[0].revisedOnce", equalTo(1));
        given().auth().oauth2(Tokens.forRole("analyst")).queryParam("sourceId", source).queryParam("by", "owner")
                .when().get("/api/v1/reports/progress").then().statusCode(200)
                .body("items.key", equalTo(List.of("owner-a", "owner-b"))).body("items.actions", equalTo(List.of(2, 3)));
        String csv = given().auth().oauth2(Tokens.forRole("analyst")).queryParam("sourceId", source)
                .queryParam("by", "agency").queryParam("format", "csv")
                .when().get("/api/v1/reports/progress").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).hasSize(4).first().asString().startsWith("by,key,label,actions");
        assertThat(csv).contains("AGENCY,Derbyshire Constabulary,Derbyshire Constabulary,2,0,0,0,1,1,0,100.0,0,0,0");
        given().auth().oauth2(Tokens.forRole("board")).queryParam("by", "everyone")
                .when().get("/api/v1/reports/progress").then().statusCode(400).body("violations[0].field", equalTo("by"));
        given().auth().oauth2(Tokens.forRole("practitioner")).when().get("/api/v1/reports/progress").then().statusCode(403);
    }

    @Test
    void theTrackerSaysOfEachRecommendationWhatTheTreasuryMinutesSay() {
        given().auth().oauth2(Tokens.forRole("board")).queryParam("sourceId", source)
                .when().get("/api/v1/reports/tracker").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.number", equalTo(List.of("1", "2", "3")))
                .body("items.status", equalTo(List.of("WORK_IN_PROGRESS", "WORK_IN_PROGRESS", "SUPERSEDED")))
                .body("items[0].actionsOverdue", equalTo(1)).body("items[1].actionsVerified", equalTo(1));
        // the first recommendation implemented once its open actions are verified
        String a1 = actionOf.get("Publish the document");
        String a2 = actionOf.get("Train the front door");
        update("owner-a", a1, "Published", EVIDENCE);
        move("owner-a", a1, "COMPLETE");
        move("chair", a1, "VERIFIED");
        move("chair", a2, "CANCELLED");
        given().auth().oauth2(Tokens.forRole("board")).queryParam("sourceId", source).queryParam("format", "csv")
                .when().get("/api/v1/reports/tracker").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(",1,,,,IMPLEMENTED,2,1,0,"));
    }

    @Test
    void aBoardPackHasEveryOpenActionWithItsLatestUpdateRagAndDateChanges() {
        JsonPath pack = given().auth().oauth2(Tokens.forRole("board")).queryParam("board", board)
                .when().get("/api/v1/reports/board-pack").then().statusCode(200).extract().jsonPath();
        // verified and cancelled are not in it; the overdue one comes first
        assertThat(pack.getList("items.what")).containsExactly("Train the front door", "Report the audit",
                "Publish the document");
        assertThat(pack.getString("items[0].rag")).isEqualTo("RED");
        assertThat(pack.getString("items[1].status")).isEqualTo("COMPLETE");
        assertThat(pack.getString("items[1].latestUpdate.evidenceSha256")).isEqualTo(EVIDENCE);
        assertThat(pack.getInt("items[2].revisions")).isEqualTo(1);
        assertThat(pack.getString("items[2].originalDueDate")).isEqualTo(SOON.toString());
        assertThat(pack.getString("items[2].dateChanges[0].reason")).isEqualTo("Printing delayed");
        assertThat(pack.getString("items[2].dateChanges[0].approvedBy")).isEqualTo("head-of-service");
        assertThat(pack.getString("items[2].ownerRag")).isEqualTo("AMBER");
        assertThat(pack.getInt("totalItems")).isEqualTo(3);

        String csv = given().auth().oauth2(Tokens.forRole("board")).queryParam("board", board).queryParam("format", "csv")
                .when().get("/api/v1/reports/board-pack").then().statusCode(200).extract().asString();
        // an update that looks like a formula is text when Excel opens the pack
        assertThat(csv).contains("\"'=HYPERLINK(\"\"https://evil.example\"\")\"").doesNotContain(",=HYPERLINK");
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/reports/board-pack").then().statusCode(400)
                .body("violations[0].field", equalTo("board"));
    }
}
