package uk.gov.safeguarding.audit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.AuditFixtures;
import uk.gov.safeguarding.audit.LogFixtures;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.TopicReader;

@QuarkusTest
class CaseAuditResourceTest {

    @Test
    void aDraftIsFinishedBySubmittingItAndItsGradesArePublishedButNeverItsWords() {
        String audit = AuditFixtures.started("Drafts");
        String child = LogFixtures.newChild();
        JsonPath draft = AuditFixtures.caseAudit(audit, Map.of("childRef", child, "team", "MASH",
                "answers", Map.of("seen-alone", Map.of("reply", "NO", "comment", "Seen with mother only")),
                "grades", Map.of("ASSESSMENT", "GOOD")), 201);
        String id = draft.getString("id");
        assertThat(draft.getString("status")).isEqualTo("DRAFT");

        // not complete: the first question unanswered is named
        given().auth().oauth2(AuditFixtures.auditor()).when()
                .post("/api/v1/audits/{a}/case-audits/{id}/submission", audit, id).then().statusCode(400)
                .body("violations[0].field", equalTo("answers.voice-recorded"));
        // another auditor's draft is not theirs to change
        given().auth().oauth2(AuditFixtures.secondAuditor()).contentType("application/json")
                .body(AuditFixtures.submitted(child, "MASH", "GOOD"))
                .when().put("/api/v1/audits/{a}/case-audits/{id}", audit, id).then().statusCode(409);

        try (TopicReader reader = new TopicReader(Topics.AUDITS)) {
            Map<String, Object> finished = new HashMap<>(AuditFixtures.submitted(child, "MASH", "GOOD"));
            finished.put("answers", Map.of("seen-alone", Map.of("reply", "NO", "comment", "Seen with mother only"),
                    "voice-recorded", Map.of("reply", "YES"), "history-considered", Map.of("reply", "YES"),
                    "strategy-timely", Map.of("reply", "NOT_APPLICABLE"), "plan-smart", Map.of("reply", "YES"),
                    "oversight-recorded", Map.of("reply", "YES")));
            given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json").body(finished)
                    .when().put("/api/v1/audits/{a}/case-audits/{id}", audit, id).then().statusCode(200)
                    .body("status", equalTo("SUBMITTED")).body("answers.seen-alone.comment", equalTo("Seen with mother only"));
            String event = reader.await(r -> r.value().contains(id)
                    && "safeguarding.case-audit.submitted.v1".equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(20)).value();
            assertThat(event).contains(child).contains("\"overall\":\"GOOD\"")
                    .doesNotContain("mother").doesNotContain("Visits on time").doesNotContain("own words");
        }
        // submitted, it no longer changes
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(AuditFixtures.submitted(child, "MASH", "INADEQUATE"))
                .when().put("/api/v1/audits/{a}/case-audits/{id}", audit, id).then().statusCode(409);
        // one case audit per case
        AuditFixtures.caseAudit(audit, AuditFixtures.submitted(child, "MASH", "GOOD"), 409);
    }

    @Test
    void aSecondAuditorModeratesOnceAndBothGradesAreKept() {
        String audit = AuditFixtures.started("Moderation");
        String agreed = AuditFixtures.caseAudit(audit, AuditFixtures.submitted(LogFixtures.newChild(), "MASH", "GOOD"), 201)
                .getString("id");
        String child = LogFixtures.newChild();
        String changed = AuditFixtures.caseAudit(audit, AuditFixtures.submitted(child, "Assessment", "GOOD"), 201)
                .getString("id");

        // never by the auditor who audited the case
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("grades", AuditFixtures.grades("GOOD"), "overall", "GOOD"))
                .when().post("/api/v1/audits/{a}/case-audits/{id}/moderation", audit, agreed).then().statusCode(409);
        AuditFixtures.move(audit, "MODERATION");
        given().auth().oauth2(AuditFixtures.secondAuditor()).contentType("application/json")
                .body(Map.of("grades", AuditFixtures.grades("GOOD"), "overall", "GOOD"))
                .when().post("/api/v1/audits/{a}/case-audits/{id}/moderation", audit, agreed).then().statusCode(200)
                .body("moderation.agrees", equalTo(true)).body("moderation.reason", nullValue());
        Map<String, String> lower = new HashMap<>(AuditFixtures.grades("GOOD"));
        lower.put("PLANNING", "REQUIRES_IMPROVEMENT");
        given().auth().oauth2(AuditFixtures.secondAuditor()).contentType("application/json")
                .body(Map.of("grades", lower, "overall", "REQUIRES_IMPROVEMENT"))
                .when().post("/api/v1/audits/{a}/case-audits/{id}/moderation", audit, changed).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        try (TopicReader reader = new TopicReader(Topics.AUDITS)) {
            given().auth().oauth2(AuditFixtures.secondAuditor()).contentType("application/json")
                    .body(Map.of("grades", lower, "overall", "REQUIRES_IMPROVEMENT", "reason", "The plan has no timescales"))
                    .when().post("/api/v1/audits/{a}/case-audits/{id}/moderation", audit, changed).then().statusCode(200)
                    .body("overall", equalTo("GOOD")).body("moderation.overall", equalTo("REQUIRES_IMPROVEMENT"))
                    .body("moderation.agrees", equalTo(false)).body("moderation.moderator", equalTo("second-auditor"));
            String event = reader.await(r -> r.value().contains(changed)
                    && "safeguarding.case-audit.moderated.v1".equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(20)).value();
            assertThat(event).contains("\"moderationAgrees\":false").contains("\"moderatedOverall\":\"REQUIRES_IMPROVEMENT\"")
                    .doesNotContain("timescales");
        }
        given().auth().oauth2(Tokens.forSubject("third-auditor", "auditor")).contentType("application/json")
                .body(Map.of("grades", AuditFixtures.grades("GOOD"), "overall", "GOOD"))
                .when().post("/api/v1/audits/{a}/case-audits/{id}/moderation", audit, changed).then().statusCode(409);

        try (TopicReader reader = new TopicReader(Topics.AUDITS)) {
            AuditFixtures.move(audit, "COMPLETED");
            String completed = reader.await(r -> r.value().contains(audit)
                    && "safeguarding.audit.completed.v1".equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(20)).value();
            assertThat(completed).contains("\"caseAudits\":2").contains("\"status\":\"COMPLETED\"");
        }
        given().auth().oauth2(AuditFixtures.secondAuditor()).contentType("application/json")
                .body(Map.of("grades", AuditFixtures.grades("GOOD"), "overall", "GOOD"))
                .when().post("/api/v1/audits/{a}/case-audits/{id}/moderation", audit, changed).then().statusCode(409);
    }

    @Test
    void aSampledAuditsCaseAuditsAreOfItsSampledCases() {
        String audit = AuditFixtures.planned("Sampled cases");
        List<String> population = IntStream.range(0, 40).mapToObj(i -> "SC" + i).toList();
        JsonPath sample = given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("localAuthority", "E06000015", "title", "Sampled cases", "population", population, "size", 3))
                .when().post("/api/v1/samples").then().statusCode(201).extract().jsonPath();
        given().auth().oauth2(AuditFixtures.auditor()).contentType("application/json")
                .body(Map.of("sampleId", sample.getString("id")))
                .when().post("/api/v1/audits/{id}/sample", audit).then().statusCode(200);
        AuditFixtures.move(audit, "IN_PROGRESS");
        List<String> drawn = sample.getList("cases.caseId");
        String notDrawn = population.stream().filter(c -> !drawn.contains(c)).findFirst().orElseThrow();
        AuditFixtures.caseAudit(audit, AuditFixtures.submitted(notDrawn, "MASH", "GOOD"), 400);
        AuditFixtures.caseAudit(audit, AuditFixtures.submitted(drawn.get(0), "MASH", "GOOD"), 201);
    }

    @Test
    void readingCaseAuditsNamesTheirChildrenInTheActivityLog() {
        String audit = AuditFixtures.started("Read");
        String child = LogFixtures.newChild();
        String id = AuditFixtures.caseAudit(audit, AuditFixtures.submitted(child, "MASH", "GOOD"), 201).getString("id");
        given().auth().oauth2(Tokens.forRole("manager")).when().get("/api/v1/audits/{a}/case-audits/{id}", audit, id)
                .then().statusCode(200).body("childRef", equalTo(child));
        given().auth().oauth2(Tokens.forRole("manager")).queryParam("status", "SUBMITTED")
                .when().get("/api/v1/audits/{a}/case-audits", audit).then().statusCode(200)
                .body("items[0].childRef", equalTo(child)).body("totalItems", equalTo(1));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                given().auth().oauth2(AuditFixtures.auditor()).queryParam("childRef", child)
                        .queryParam("action", "case-audit.read").when().get("/api/v1/activity-log/entries")
                        .then().statusCode(200).extract().jsonPath().getList("items").size() >= 2);
        given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/audits/{a}/case-audits/{id}", audit, id)
                .then().statusCode(403);
    }
}
