package uk.gov.safeguarding.actionplan.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.actionplan.repository.AuditIntakeRow;
import uk.gov.safeguarding.actionplan.service.AuditIntake;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.testsupport.EventSender;
import uk.gov.safeguarding.testsupport.SuiteTestInfrastructure;
import uk.gov.safeguarding.testsupport.Tokens;

/**
 * recommendation-raised from audit-service becomes a recommendation under its audit, with its words read from a
 * stand-in of audit-service's API (the chain with the real service runs in deploy's end-to-end test).
 */
@QuarkusTest
class AuditEventsHandlerTest {

    @Inject
    AuditIntake intake;

    private static String raised(UUID audit, UUID recommendation) {
        return """
                {"recommendationId":"%s","auditId":"%s","localAuthority":"E06000015","auditType":"ASSURANCE_VISIT",
                 "number":2,"references":["4.1-4.2"],"raisedBy":"qa-lead","raisedAt":"%s",
                 "href":"/api/v1/audits/%s/recommendations/%s"}""".formatted(recommendation, audit, Instant.now(), audit,
                recommendation);
    }

    /** audit-service as it answers action-plan-service's own token (subject action-plan-service). */
    private static HttpServer auditService(UUID audit, UUID recommendation, List<String> subjects) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1",
                Integer.parseInt(System.getProperty(SuiteTestInfrastructure.PEERS_PORT))), 4);
        server.createContext("/api/v1/audits", exchange -> {
            try (exchange) {
                String token = exchange.getRequestHeaders().getFirst("Authorization");
                String claims = token == null ? "" : new String(java.util.Base64.getUrlDecoder()
                        .decode(token.substring(7).split("\\.")[1]), StandardCharsets.UTF_8);
                subjects.add(claims);
                String body = exchange.getRequestURI().getPath().endsWith("/" + recommendation)
                        ? """
                        {"id":"%s","auditId":"%s","number":2,"references":["4.1-4.2"],"theme":"Multi-agency working",
                         "text":"Education is invited to every strategy meeting","addressedTo":"DSCP"}"""
                        .formatted(recommendation, audit)
                        : """
                        {"id":"%s","type":"ASSURANCE_VISIT","theme":"Multi-agency assurance visit",
                         "plannedStart":"2021-11-22","actualEnd":"2021-11-22"}""".formatted(audit);
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
        return server;
    }

    private static JsonPath sources() {
        return given().auth().oauth2(Tokens.forRole("board")).queryParam("type", "ASSURANCE_VISIT").queryParam("size", 200)
                .when().get("/api/v1/sources").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRecommendationRaisedInAnAuditArrivesOnceUnderItsAuditWithItsWordsEvenIfAuditServiceWasAway() throws Exception {
        UUID audit = UUID.randomUUID();
        UUID recommendation = UUID.randomUUID();
        // audit-service is away: the recommendation waits, never lost
        try (EventSender sender = new EventSender()) {
            sender.send(Topics.AUDITS, "audit-service", UUID.randomUUID().toString(), "safeguarding.recommendation.raised.v1",
                    raised(audit, recommendation));
            // a second delivery of the same recommendation (another event id) changes nothing
            sender.send(Topics.AUDITS, "audit-service", UUID.randomUUID().toString(), "safeguarding.recommendation.raised.v1",
                    raised(audit, recommendation));
            sender.send(Topics.AUDITS, "audit-service", UUID.randomUUID().toString(), "safeguarding.audit.created.v1",
                    "{\"auditId\":\"" + audit + "\"}");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction
                .requiringNew().call(() -> {
                    AuditIntakeRow row = AuditIntakeRow.findById(recommendation);
                    return row != null && row.attempts > 0 && row.lastError != null;
                }));
        assertThat(sources().getList("items.externalRef")).doesNotContain("audit:" + audit);

        List<String> subjects = new CopyOnWriteArrayList<>();
        HttpServer server = auditService(audit, recommendation, subjects);
        try {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
                AuditIntakeRow row = AuditIntakeRow.findById(recommendation);
                row.nextAttemptAt = Instant.now();
            });
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> sources().getList("items.externalRef").contains("audit:" + audit));
        } finally {
            server.stop(0);
        }
        assertThat(subjects).allSatisfy(claims -> assertThat(claims).contains("\"sub\":\"action-plan-service\"")
                .contains("integration"));
        JsonPath found = sources();
        String source = found.getString("items.find { it.externalRef == 'audit:" + audit + "' }.id");
        assertThat(found.getString("items.find { it.externalRef == 'audit:" + audit + "' }.title"))
                .isEqualTo("Assurance visit: Multi-agency assurance visit");
        JsonPath recommendations = given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/sources/{id}/recommendations", source).then().statusCode(200).extract().jsonPath();
        assertThat(recommendations.getList("$")).hasSize(1);
        assertThat(recommendations.getString("[0].text")).isEqualTo("Education is invited to every strategy meeting");
        assertThat(recommendations.getList("[0].references")).containsExactly("4.1-4.2");
        assertThat(recommendations.getString("[0].number")).isEqualTo("2");
        assertThat(intake.takeDue()).isZero();
    }

    @Test
    void anUnreadableRecommendationRaisedGoesToTheDeadLetterTopicAndTheConsumerMovesOn() {
        try (uk.gov.safeguarding.testsupport.TopicReader dead = new uk.gov.safeguarding.testsupport.TopicReader(
                Topics.deadLetter(Topics.AUDITS));
             EventSender sender = new EventSender()) {
            sender.send(Topics.AUDITS, "audit-service", UUID.randomUUID().toString(), "safeguarding.recommendation.raised.v1",
                    "{\"recommendationId\":\"not-a-uuid\"}");
            dead.await(r -> r.value() != null && r.value().contains("not-a-uuid"), Duration.ofSeconds(30));
        }
    }
}
