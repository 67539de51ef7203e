package uk.gov.safeguarding.audit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.AuditFixtures;
import uk.gov.safeguarding.audit.LogFixtures;
import uk.gov.safeguarding.testsupport.Tokens;

@QuarkusTest
class AuditSummaryResourceTest {

    /** Eight case audits: six good, two requiring improvement; a moderator then lowers one good to requires improvement. */
    private static String audited() {
        String theme = "Summary " + UUID.randomUUID();
        String audit = AuditFixtures.started(theme);
        String lowered = null;
        for (int i = 0; i < 8; i++) {
            String grade = i < 6 ? "GOOD" : "REQUIRES_IMPROVEMENT";
            Map<String, Object> body = new HashMap<>(AuditFixtures.submitted(LogFixtures.newChild(), i < 4 ? "MASH" : "Assessment", grade));
            if (i == 7) {
                Map<String, String> grades = new HashMap<>(AuditFixtures.grades(grade));
                grades.put("VOICE_OF_THE_CHILD", "INADEQUATE");
                body.put("grades", grades);
            }
            String id = AuditFixtures.caseAudit(audit, body, 201).getString("id");
            if (i == 0) {
                lowered = id;
            }
        }
        Map<String, String> grades = new HashMap<>(AuditFixtures.grades("GOOD"));
        given().auth().oauth2(AuditFixtures.secondAuditor()).contentType("application/json")
                .body(Map.of("grades", grades, "overall", "REQUIRES_IMPROVEMENT", "reason", "No oversight after the second contact"))
                .when().post("/api/v1/audits/{a}/case-audits/{id}/moderation", audit, lowered).then().statusCode(200);
        return theme;
    }

    private static JsonPath summary(String theme, boolean suppress) {
        return given().auth().oauth2(Tokens.forRole("board")).queryParam("localAuthority", "E06000015")
                .queryParam("theme", theme).queryParam("suppress", suppress)
                .when().get("/api/v1/audit-summary").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theShareJudgedGoodOrBetterCountsTheModeratorsGrades() {
        String theme = audited();
        JsonPath summary = summary(theme, false);
        assertThat(summary.getInt("lines[0].cases")).isEqualTo(8);
        assertThat(summary.getInt("lines[0].goodOrBetter")).isEqualTo(5);
        assertThat(summary.getDouble("lines[0].percentGoodOrBetter")).isEqualTo(62.5);
        assertThat(summary.getMap("lines[0].grades")).containsEntry("GOOD", 5).containsEntry("REQUIRES_IMPROVEMENT", 3);
        assertThat(summary.getDouble("lines.find { it.dimension == 'domain' && it.value == 'VOICE_OF_THE_CHILD' }.percentGoodOrBetter"))
                .isEqualTo(75.0);
        assertThat(summary.getInt("lines.find { it.dimension == 'team' && it.value == 'MASH' }.goodOrBetter")).isEqualTo(3);
        assertThat(summary.getList("lines.findAll { it.dimension == 'quarter' }")).hasSize(1);
        assertThat(summary.getInt("moderated")).isEqualTo(1);
        assertThat(summary.getInt("moderationAgreed")).isZero();
        assertThat(summary.getDouble("moderationAgreementPercent")).isZero();
    }

    @Test
    void smallNumbersAreHiddenOnRequestInJsonAndCsv() {
        String theme = audited();
        JsonPath suppressed = summary(theme, true);
        assertThat(suppressed.getInt("lines[0].cases")).isEqualTo(8);
        assertThat(suppressed.getString("lines[0].goodOrBetter")).isNull();
        assertThat(suppressed.getString("lines[0].percentGoodOrBetter")).isNull();
        assertThat(suppressed.getBoolean("lines[0].suppressed")).isTrue();
        assertThat(suppressed.getString("moderated")).isNull();

        String csv = given().auth().oauth2(Tokens.forRole("analyst")).queryParam("localAuthority", "E06000015")
                .queryParam("theme", theme).queryParam("suppress", "true").queryParam("format", "csv")
                .when().get("/api/v1/audit-summary").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).isEqualTo("local_authority,dimension,value,cases,good_or_better,percent_good_or_better,grades,suppressed");
        assertThat(rows.get(1)).isEqualTo("E06000015,overall,all,8,,,OUTSTANDING=0;GOOD=;REQUIRES_IMPROVEMENT=;INADEQUATE=0,true");
        assertThat(rows).anyMatch(r -> r.startsWith("E06000015,escalations,open,"));
    }

    @Test
    void aSummaryIsAskedForPlainly() {
        given().auth().oauth2(Tokens.forRole("board")).queryParam("from", "2021-12-01").queryParam("to", "2021-11-01")
                .when().get("/api/v1/audit-summary").then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.forRole("board")).queryParam("type", "SPOT_CHECK")
                .when().get("/api/v1/audit-summary").then().statusCode(400).body("violations[0].field", equalTo("type"));
        given().auth().oauth2(Tokens.forRole("practitioner")).when().get("/api/v1/audit-summary").then().statusCode(403);
        given().auth().oauth2(Tokens.forRole("board")).queryParam("theme", "No audit has this theme " + UUID.randomUUID())
                .when().get("/api/v1/audit-summary").then().statusCode(200)
                .body("lines[0].cases", equalTo(0)).body("lines.size()", equalTo(1));
    }
}
