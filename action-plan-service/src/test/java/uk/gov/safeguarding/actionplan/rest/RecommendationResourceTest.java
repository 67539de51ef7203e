package uk.gov.safeguarding.actionplan.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.actionplan.ActionPlanFixtures;
import uk.gov.safeguarding.testsupport.Tokens;

@QuarkusTest
class RecommendationResourceTest {

    @Test
    void aRecommendationsProgressFollowsItsActionsAndItsResponse() {
        String recommendation = ActionPlanFixtures.recommendation(ActionPlanFixtures.source("AUDIT", null), "1");
        String first = ActionPlanFixtures.action(recommendation, "owner-a", LocalDate.now().plusMonths(3));
        ActionPlanFixtures.action(recommendation, "owner-b", LocalDate.now().plusMonths(3));
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/recommendations/{id}", recommendation)
                .then().statusCode(200).body("progress", equalTo("NOT_IMPLEMENTED"))
                .body("actions", equalTo(List.of("NOT_STARTED", "NOT_STARTED")));
        given().auth().oauth2(Tokens.forSubject("owner-a", "practitioner")).contentType("application/json")
                .body(Map.of("status", "IN_PROGRESS")).when().post("/api/v1/actions/{id}/status", first)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/recommendations/{id}", recommendation)
                .then().body("progress", equalTo("WORK_IN_PROGRESS"));
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("response", "NOT_ACCEPTED"))
                .when().post("/api/v1/recommendations/{id}/response", recommendation).then().statusCode(400)
                .body("violations[0].field", equalTo("responseReason"));
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("response", "NOT_ACCEPTED", "reason", "The police lead this"))
                .when().post("/api/v1/recommendations/{id}/response", recommendation).then().statusCode(200)
                .body("progress", equalTo("NOT_ACCEPTED")).body("responseReason", equalTo("The police lead this"));
    }

    @Test
    void anActionNamesItsOwnerDueDateBoardAndImpactMeasure() {
        String recommendation = ActionPlanFixtures.recommendation(ActionPlanFixtures.source("AUDIT", null), "1");
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("what", "Recruit", "owner", "jane.smith", "dueDate", "2030-06-30",
                        "approvedByBoard", "Derby Safeguarding Children Partnership"))
                .when().post("/api/v1/recommendations/{id}/actions", recommendation).then().statusCode(400)
                .body("violations[0].field", equalTo("approvedOn"));
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("what", "Recruit four social workers to the MASH", "owner", "jane.smith",
                        "ownerAgency", "Derby City Council", "partners", List.of("Derbyshire Constabulary"),
                        "dueDate", "2030-06-30", "approvedByBoard", "Derby Safeguarding Children Partnership",
                        "approvedOn", "2022-04-12", "impactKpi", "ICPC_IN_TIMESCALE", "impactDirection", "UP",
                        "impactTarget", 90))
                .when().post("/api/v1/recommendations/{id}/actions", recommendation).then().statusCode(201)
                .body("status", equalTo("NOT_STARTED")).body("rag", equalTo("GREEN"))
                .body("originalDueDate", equalTo("2030-06-30")).body("impactKpi", equalTo("ICPC_IN_TIMESCALE"));
        given().auth().oauth2(Tokens.forRole("integration")).when().get("/api/v1/recommendations/{id}/actions", recommendation)
                .then().statusCode(200).body("size()", equalTo(1));
    }
}
