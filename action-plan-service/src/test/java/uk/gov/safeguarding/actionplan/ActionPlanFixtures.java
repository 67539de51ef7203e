package uk.gov.safeguarding.actionplan;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.safeguarding.testsupport.Tokens;

/** Sources, recommendations and actions made through the API, as a council's QA lead makes them. */
public final class ActionPlanFixtures {

    private ActionPlanFixtures() {
    }

    public static String manager() {
        return Tokens.forRole("manager");
    }

    public static String source(String type, String published) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", "Review " + UUID.randomUUID());
        body.put("localAuthorities", List.of("E06000015"));
        if (published != null) {
            body.put("publishedOn", published);
        }
        return given().auth().oauth2(manager()).contentType("application/json").body(body)
                .when().post("/api/v1/sources").then().statusCode(201).extract().path("id");
    }

    public static String recommendation(String source, String number) {
        return given().auth().oauth2(manager()).contentType("application/json")
                .body(Map.of("number", number, "references", "11, 15, 52", "text", "Reduce caseloads to about 18"))
                .when().post("/api/v1/sources/{id}/recommendations", source).then().statusCode(201).extract().path("id");
    }

    /** An action owned by {@code owner}, due on {@code due}. */
    public static String action(String recommendation, String owner, LocalDate due) {
        return given().auth().oauth2(manager()).contentType("application/json")
                .body(Map.of("what", "Recruit four social workers", "owner", owner, "dueDate", due.toString()))
                .when().post("/api/v1/recommendations/{id}/actions", recommendation).then().statusCode(201)
                .extract().path("id");
    }

    public static String newAction(String owner, LocalDate due) {
        return action(recommendation(source("JOINT_AREA_REVIEW", "2009-02-01"), "1"), owner, due);
    }
}
