package uk.gov.safeguarding.actionplan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.actionplan.ActionPlanFixtures;
import uk.gov.safeguarding.testsupport.Tokens;

@QuarkusTest
class RecommendationImportResourceTest {

    private static final String PATH = "/api/v1/sources/{id}/recommendation-imports";

    @Test
    void derbysReviewOfTheHaringeyJarFindingsIsImportedWholeAndImportingItAgainAddsNothing() throws IOException {
        String source = ActionPlanFixtures.source("JOINT_AREA_REVIEW", "2009-02-01");
        byte[] derby = fixture();

        csv(source, derby, "defaultOwner", "dscb-business-manager", "defaultDueDate", "2009-09-30")
                .statusCode(200).body("dryRun", equalTo(false)).body("rows", equalTo(38))
                .body("recommendations.created", equalTo(38)).body("actions.created", equalTo(38))
                .body("failed", hasSize(0)).body("unknownColumns", equalTo(List.of("Section")));

        List<Map<String, Object>> stored = given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/sources/{id}/recommendations", source).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(stored).hasSize(38);
        Map<String, Object> twentyThree = stored.stream().filter(r -> "23".equals(r.get("number"))).findFirst().orElseThrow();
        assertThat(twentyThree.get("references")).isEqualTo(List.of("39", "40", "54-57"));
        assertThat((String) twentyThree.get("text")).startsWith("• Matters for inclusion in the Workforce Development Plan:");
        given().auth().oauth2(Tokens.forRole("board")).when()
                .get("/api/v1/recommendations/{id}/actions", twentyThree.get("id")).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].owner", equalTo("dscb-business-manager"))
                .body("[0].dueDate", equalTo("2009-09-30"));

        csv(source, derby, "defaultOwner", "dscb-business-manager", "defaultDueDate", "2009-09-30")
                .statusCode(200).body("recommendations.created", equalTo(0))
                .body("recommendations.unchanged", equalTo(38)).body("actions.unchanged", equalTo(38));
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/sources/{id}/recommendations", source)
                .then().body("size()", equalTo(38));
    }

    @Test
    void aReimportUpdatesWhatChangedRefusesAMovedDueDateOrAChangedClosedActionAndStoresTheRest() {
        String source = ActionPlanFixtures.source("SCRUTINY_REVIEW", "2024-01-10");
        String table = """
                No,Recommendation,Action,Owner,Due date
                1,Publish thresholds,Publish the threshold document,jane.smith,2030-03-31
                1,,Train the front door,jane.smith,2030-06-30
                2,Audit supervision,Audit 20 cases,amir.khan,2030-04-30
                3,Review caseloads,Report caseloads quarterly,amir.khan,2030-05-31
                """;
        csv(source, table.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("recommendations.created", equalTo(3)).body("actions.created", equalTo(4));
        String three = recommendationNumbered(source, "3");
        String closed = given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/recommendations/{id}/actions", three).then().extract().path("[0].id");
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("status", "CANCELLED", "reason", "Superseded by the new dashboard"))
                .when().post("/api/v1/actions/{id}/status", closed).then().statusCode(200);

        String again = """
                No,Recommendation,Action,Owner,Due date,Notes
                1,Publish thresholds,Publish the threshold document on the website,jane.smith,2030-03-31,x
                1,,Train the front door,jane.smith,2030-09-30,x
                2,Audit supervision quarterly,Audit 20 cases,amir.khan,2030-04-30,x
                3,Review caseloads,Report caseloads monthly,amir.khan,2030-05-31,x
                4,Recruit,Recruit four social workers,,2030-05-31,x
                """;
        csv(source, again.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("recommendations.created", equalTo(0)).body("recommendations.updated", equalTo(1))
                .body("recommendations.unchanged", equalTo(2))
                .body("actions.created", equalTo(0)).body("actions.updated", equalTo(1))
                .body("actions.unchanged", equalTo(1))
                .body("failed.line", equalTo(List.of(3, 5, 6)))
                .body("failed.column", equalTo(List.of("Due date", "Action", "Owner")))
                .body("unknownColumns", equalTo(List.of("Notes")));

        String one = recommendationNumbered(source, "1");
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/recommendations/{id}/actions", one)
                .then().body("what", equalTo(List.of("Publish the threshold document on the website",
                        "Train the front door"))).body("[1].dueDate", equalTo("2030-06-30"));
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/recommendations/{id}", recommendationNumbered(source, "2"))
                .then().body("text", equalTo("Audit supervision quarterly"));
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/recommendations/{id}/actions", three)
                .then().body("[0].what", equalTo("Report caseloads quarterly"));
    }

    @Test
    void aDryRunReportsWhatAnImportWouldDoAndStoresNothing() throws IOException {
        String source = ActionPlanFixtures.source("JOINT_AREA_REVIEW", "2009-02-01");
        csv(source, fixture(), "dryRun", "true", "defaultOwner", "dscb-business-manager", "defaultDueDate", "2009-09-30")
                .statusCode(200).body("dryRun", equalTo(true)).body("recommendations.created", equalTo(38));
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/sources/{id}/recommendations", source)
                .then().body("size()", equalTo(0));
    }

    @Test
    void aJsonTableIsReadAsACsvOneIsWithEachRefusedItemNamedByItsPlaceAndColumn() {
        String source = ActionPlanFixtures.source("PRACTICE_REVIEW", "2023-05-01");
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("Number", "R1");
        first.put("Paragraphs", "4.1-4.3");
        first.put("Recommendation", "Agencies share chronologies");
        first.put("Response", "partly accepted");
        first.put("Response reason", "Health systems cannot share them yet");
        first.put("Action", "Agree a shared chronology template");
        first.put("Owner", "lscp-manager");
        first.put("Partners", List.of("Derbyshire Constabulary", "NHS Derby and Derbyshire ICB"));
        first.put("Due date", "2030-01-31");
        first.put("Impact KPI", "ICPC_IN_TIMESCALE");
        first.put("Impact target", 90);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("Number", "R2");
        second.put("Recommendation", "Escalation is used");
        second.put("Action", "Relaunch the escalation policy");
        second.put("Due date", "31/02/2030");
        second.put("Owner", "lscp-manager");

        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json").body(List.of(first, second))
                .when().post(PATH, source).then().statusCode(200)
                .body("recommendations.created", equalTo(1)).body("actions.created", equalTo(1))
                .body("failed[0].line", equalTo(2)).body("failed[0].column", equalTo("Due date"));
        String r1 = recommendationNumbered(source, "R1");
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/recommendations/{id}", r1)
                .then().body("response", equalTo("PARTLY_ACCEPTED")).body("references", equalTo(List.of("4.1-4.3")));
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/recommendations/{id}/actions", r1)
                .then().body("[0].partners", equalTo(List.of("Derbyshire Constabulary", "NHS Derby and Derbyshire ICB")))
                .body("[0].impactTarget", equalTo(90));
    }

    @Test
    void aTableWithoutANumberColumnOrForNoSourceIsRefusedAndOnlyManagersImport() {
        String source = ActionPlanFixtures.source("AUDIT", null);
        csv(source, "Issue,Action\nCaseloads,Recruit\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("violations[0].field", equalTo("header"));
        csv("0190a5b2-0000-7000-8000-000000000000", "No,Issue\n1,Caseloads\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(404);
        csv(source, "No,Issue\n1,Caseloads\n".getBytes(StandardCharsets.UTF_8), "dryRun", "perhaps").statusCode(400)
                .body("violations[0].field", equalTo("dryRun"));
        given().auth().oauth2(Tokens.forRole("practitioner")).contentType("text/csv").body("No,Issue\n1,Caseloads\n")
                .when().post(PATH, source).then().statusCode(403);
    }

    private static ValidatableResponse csv(String source, byte[] body, String... query) {
        var request = given().auth().oauth2(ActionPlanFixtures.manager()).contentType("text/csv").body(body);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.when().post(PATH, source).then();
    }

    private static String recommendationNumbered(String source, String number) {
        return given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/sources/{id}/recommendations", source)
                .then().extract().jsonPath().getString("find { it.number == '" + number + "' }.id");
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = RecommendationImportResourceTest.class.getResourceAsStream("/fixtures/derby-haringey-jar-review.csv")) {
            return in.readAllBytes();
        }
    }
}
