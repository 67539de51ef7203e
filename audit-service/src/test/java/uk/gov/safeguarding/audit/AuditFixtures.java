package uk.gov.safeguarding.audit;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.testsupport.Tokens;

/** Audits planned, started and case audits written through the API, as an auditor does. */
public final class AuditFixtures {

    public static final String COUNCIL = "E06000015";
    public static final List<String> QUESTIONS = List.of("seen-alone", "voice-recorded", "history-considered",
            "strategy-timely", "plan-smart", "oversight-recorded");
    public static final List<String> DOMAINS = List.of("ASSESSMENT", "PLANNING", "VOICE_OF_THE_CHILD",
            "MANAGEMENT_OVERSIGHT", "MULTI_AGENCY_WORKING");

    private AuditFixtures() {
    }

    public static String auditor() {
        return Tokens.forRole("auditor");
    }

    /** An auditor who is not test-auditor: a moderator. */
    public static String secondAuditor() {
        return Tokens.forSubject("second-auditor", "auditor");
    }

    public static JsonPath plan(Map<String, ?> body) {
        return given().auth().oauth2(auditor()).contentType("application/json").body(body)
                .when().post("/api/v1/audits").then().statusCode(201).extract().jsonPath();
    }

    public static String planned(String theme) {
        return plan(Map.of("localAuthority", COUNCIL, "type", "CASE_FILE_AUDIT", "theme", theme,
                "teams", List.of("MASH", "Assessment"))).getString("id");
    }

    public static void move(String auditId, String status) {
        given().auth().oauth2(auditor()).contentType("application/json").body(Map.of("status", status))
                .when().post("/api/v1/audits/{id}/status", auditId).then().statusCode(200);
    }

    /** Planned and in progress. */
    public static String started(String theme) {
        String id = planned(theme);
        move(id, "IN_PROGRESS");
        return id;
    }

    public static Map<String, Object> answered() {
        Map<String, Object> answers = new LinkedHashMap<>();
        QUESTIONS.forEach(q -> answers.put(q, Map.of("reply", "YES")));
        return answers;
    }

    public static Map<String, String> grades(String grade) {
        Map<String, String> grades = new LinkedHashMap<>();
        DOMAINS.forEach(d -> grades.put(d, grade));
        return grades;
    }

    public static Map<String, Object> submitted(String child, String team, String grade) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("childRef", child);
        body.put("team", team);
        body.put("answers", answered());
        body.put("grades", grades(grade));
        body.put("overall", grade);
        body.put("strengths", "Visits on time");
        body.put("areasForDevelopment", "Record the child's own words");
        body.put("submit", true);
        return body;
    }

    public static JsonPath caseAudit(String auditId, Map<String, ?> body, int status) {
        return given().auth().oauth2(auditor()).contentType("application/json").body(body)
                .when().post("/api/v1/audits/{id}/case-audits", auditId).then().statusCode(status).extract().jsonPath();
    }
}
