package uk.gov.safeguarding.actionplan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.actionplan.ActionPlanFixtures;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.TopicReader;

@QuarkusTest
class SourceResourceTest {

    @Test
    void anOfstedInspectionsActionPlanIsDueSeventyWorkingDaysAfterItsReport() {
        try (TopicReader reader = new TopicReader(Topics.ACTIONS)) {
            String id = given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                    .body(Map.of("type", "OFSTED_INSPECTION", "title", "Inspection of Derby children's services",
                            "localAuthorities", List.of("E06000015"), "publishedOn", "2022-03-04"))
                    .when().post("/api/v1/sources").then().statusCode(201)
                    .body("responseDue", equalTo("2022-06-17")).extract().path("id");
            String event = reader.await(r -> r.value().contains(id), Duration.ofSeconds(20)).value();
            assertThat(TopicReader.header(reader.seen(r -> r.value().contains(id)).get(0), "ce_type"))
                    .isEqualTo("safeguarding.source.created.v1");
            assertThat(event).contains("\"responseDue\":\"2022-06-17\"").doesNotContain("Inspection of Derby");
        }
        // a partnership's review spans councils; a clock of its own; a day as given
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("type", "PRACTICE_REVIEW", "title", "Derby and Derbyshire practice review",
                        "localAuthorities", List.of("E06000015", "830"), "publishedOn", "2022-03-04", "responseMonths", 3))
                .when().post("/api/v1/sources").then().statusCode(201)
                .body("localAuthorities", equalTo(List.of("E06000015", "E10000007"))).body("responseDue", equalTo("2022-06-04"));
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("type", "SCRUTINY_REVIEW", "title", "Scrutiny", "localAuthorities", List.of("E06000015"),
                        "publishedOn", "2022-03-04", "responseDue", "2022-03-01"))
                .when().post("/api/v1/sources").then().statusCode(400).body("violations[0].field", equalTo("responseDue"));
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("type", "SCRUTINY_REVIEW", "title", "Both", "localAuthorities", List.of("E06000015"),
                        "responseMonths", 2, "responseWorkingDays", 40))
                .when().post("/api/v1/sources").then().statusCode(400);
        given().auth().oauth2(Tokens.forRole("practitioner")).contentType("application/json")
                .body(Map.of("type", "OTHER", "title", "x", "localAuthorities", List.of("E06000015")))
                .when().post("/api/v1/sources").then().statusCode(403);
    }

    @Test
    void recommendationsAreNumberedAsTheReportNumbersThemWithItsReferences() {
        String source = ActionPlanFixtures.source("JOINT_AREA_REVIEW", "2009-02-01");
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("number", "2", "references", "39, 40, 54 – 57", "theme", "Supervision",
                        "text", "Every worker has monthly recorded supervision", "response", "PARTLY_ACCEPTED"))
                .when().post("/api/v1/sources/{id}/recommendations", source).then().statusCode(400)
                .body("violations[0].field", equalTo("responseReason"));
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("number", "2", "references", "39, 40, 54 – 57", "theme", "Supervision",
                        "text", "Every worker has monthly recorded supervision"))
                .when().post("/api/v1/sources/{id}/recommendations", source).then().statusCode(201)
                .body("references", equalTo(List.of("39", "40", "54-57"))).body("progress", equalTo("NOT_IMPLEMENTED"));
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("number", "2", "text", "Again"))
                .when().post("/api/v1/sources/{id}/recommendations", source).then().statusCode(409);
        given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("number", "3", "references", "see appendix", "text", "x"))
                .when().post("/api/v1/sources/{id}/recommendations", source).then().statusCode(400)
                .body("violations[0].field", equalTo("references"));
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/sources/{id}/recommendations", source)
                .then().statusCode(200).body("number", equalTo(List.of("2")));
        given().auth().oauth2(Tokens.forRole("board")).queryParam("localAuthority", "E06000015")
                .queryParam("type", "JOINT_AREA_REVIEW").when().get("/api/v1/sources").then().statusCode(200)
                .body("items[0].id", equalTo(source));
    }
}
