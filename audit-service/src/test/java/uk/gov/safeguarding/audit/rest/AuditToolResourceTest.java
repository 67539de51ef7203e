package uk.gov.safeguarding.audit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.AuditFixtures;
import uk.gov.safeguarding.testsupport.Tokens;

@QuarkusTest
class AuditToolResourceTest {

    private static Map<String, Object> tool(String key, String question) {
        return Map.of("key", key, "name", "Strategy meeting audit",
                "questions", List.of(Map.of("id", question, "text", "Did the police attend?")),
                "domains", List.of("MULTI_AGENCY_WORKING"));
    }

    @Test
    void aChangedToolIsItsNextVersionAndAnAuditKeepsTheOneItWasPlannedWith() {
        String key = "strategy-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json").body(tool(key, "police-attended"))
                .when().post("/api/v1/audit-tools").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/audit-tools/" + key + "/versions/1"))
                .body("version", equalTo(1)).body("scale", equalTo("Ofsted four-point"));
        String audit = AuditFixtures.plan(Map.of("localAuthority", AuditFixtures.COUNCIL, "type", "THEMATIC_DIP_SAMPLE",
                "theme", "Strategy meetings", "toolKey", key)).getString("id");
        given().auth().oauth2(Tokens.forRole("admin")).contentType("application/json").body(tool(key, "health-attended"))
                .when().post("/api/v1/audit-tools").then().statusCode(201).body("version", equalTo(2));

        given().auth().oauth2(AuditFixtures.auditor()).when().get("/api/v1/audits/{id}", audit).then().statusCode(200)
                .body("toolKey", equalTo(key)).body("toolVersion", equalTo(1));
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/audit-tools").then().statusCode(200)
                .body("find { it.key == '" + key + "' }.version", equalTo(2))
                .body("key", hasItem("case-file-audit"));
        List<String> asked = given().auth().oauth2(AuditFixtures.auditor())
                .when().get("/api/v1/audit-tools/{key}/versions", key).then().statusCode(200)
                .extract().jsonPath().getList("questions.collect { it[0].id }");
        assertThat(asked).containsExactly("police-attended", "health-attended");
        given().auth().oauth2(AuditFixtures.auditor()).when().get("/api/v1/audit-tools/{key}/versions/1", key)
                .then().statusCode(200).body("questions[0].text", equalTo("Did the police attend?"));
        given().auth().oauth2(AuditFixtures.auditor()).when().get("/api/v1/audit-tools/{key}/versions/3", key)
                .then().statusCode(404);
    }

    @Test
    void aScaleOfTheCouncilsOwnIsKeptAndABrokenOneNamed() {
        String key = "framework-2026-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("key", key, "name", "2026 framework audit", "questions", List.of(),
                        "scale", Map.of("name", "2026 framework", "grades", List.of("STRONG", "SECURE", "WEAK"), "goodOrBetter", 2)))
                .when().post("/api/v1/audit-tools").then().statusCode(201)
                .body("grades", equalTo(List.of("STRONG", "SECURE", "WEAK"))).body("goodOrBetter", equalTo(2))
                .body("domains.size()", equalTo(5));
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("key", key, "name", "Broken", "questions", List.of(),
                        "scale", Map.of("name", "broken", "grades", List.of("ONE", "TWO"), "goodOrBetter", 2)))
                .when().post("/api/v1/audit-tools").then().statusCode(400)
                .body("violations[0].field", equalTo("scale.goodOrBetter"));
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("key", key, "name", "Twice", "questions", List.of(Map.of("id", "q", "text", "Q?"),
                        Map.of("id", "q", "text", "Again?"))))
                .when().post("/api/v1/audit-tools").then().statusCode(400)
                .body("violations[0].field", equalTo("questions[1].id"));
        given().auth().oauth2(Tokens.forRole("practitioner")).contentType("application/json").body(tool(key, "q"))
                .when().post("/api/v1/audit-tools").then().statusCode(403);
    }
}
