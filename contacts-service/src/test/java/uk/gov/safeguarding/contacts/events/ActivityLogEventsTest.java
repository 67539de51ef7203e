package uk.gov.safeguarding.contacts.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.contacts.ContactFixtures.contact;
import static uk.gov.safeguarding.contacts.ContactFixtures.decide;
import static uk.gov.safeguarding.contacts.ContactFixtures.newChildRef;
import static uk.gov.safeguarding.contacts.ContactFixtures.screen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.TopicReader;

/** Every state change and every child-level read leaves an activity log entry on the topic. */
@QuarkusTest
class ActivityLogEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "safeguarding.activity-log.v1";

    private static JsonNode body(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean is(ConsumerRecord<String, String> record, String action, String resourceId) {
        JsonNode entry = body(record);
        return action.equals(entry.path("action").asText()) && resourceId.equals(entry.path("resourceId").asText());
    }

    @Test
    void createDecisionAndChildLevelReadsAreLogged() {
        String child = newChildRef();
        String id = given().auth().oauth2(Tokens.forSubject("pat-1", "practitioner"))
                .header("X-Request-Id", "req-create-1")
                .contentType(ContentType.JSON).body(contact(child, Instant.now().minus(3, ChronoUnit.HOURS)))
                .when().post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
        screen(id, "pat-1").statusCode(200);
        decide(id, "morgan-1", Map.of()).statusCode(200);
        given().auth().oauth2(Tokens.forSubject("aud-1", "auditor"))
                .when().get("/api/v1/contacts/{id}", id).then().statusCode(200);
        given().auth().oauth2(Tokens.forSubject("aud-1", "auditor")).queryParam("childRef", child)
                .when().get("/api/v1/contacts").then().statusCode(200);

        try (TopicReader reader = new TopicReader(TOPIC)) {
            ConsumerRecord<String, String> created = reader.await(r -> is(r, "contact.record", id), Duration.ofSeconds(20));
            JsonNode entry = body(created);
            assertThat(entry.get("actor").asText()).isEqualTo("pat-1");
            assertThat(entry.get("roles").get(0).asText()).isEqualTo("practitioner");
            assertThat(entry.get("resourceType").asText()).isEqualTo("contact");
            assertThat(entry.get("outcome").asText()).isEqualTo("SUCCESS");
            assertThat(entry.get("requestId").asText()).isEqualTo("req-create-1");
            assertThat(entry.get("service").asText()).isEqualTo("contacts-service");
            assertThat(entry.get("occurredAt").asText()).isNotBlank();
            assertThat(TopicReader.header(created, "ce_type")).isEqualTo("safeguarding.activity.recorded.v1");
            assertThat(created.value()).doesNotContain("Disclosure in class");

            JsonNode decided = body(reader.await(r -> is(r, "contact.decide", id), Duration.ofSeconds(20)));
            assertThat(decided.get("actor").asText()).isEqualTo("morgan-1");
            assertThat(decided.get("roles").get(0).asText()).isEqualTo("manager");

            assertThat(entry.get("childRefs")).extracting(JsonNode::asText).containsExactly(child);
            assertThat(decided.get("childRefs")).extracting(JsonNode::asText).containsExactly(child);

            JsonNode read = body(reader.await(r -> is(r, "contact.read", id), Duration.ofSeconds(20)));
            assertThat(read.get("actor").asText()).isEqualTo("aud-1");
            assertThat(read.get("childRefs")).extracting(JsonNode::asText).containsExactly(child);

            JsonNode search = body(reader.await(r -> is(r, "contact.list", child), Duration.ofSeconds(20)));
            assertThat(search.get("resourceType").asText()).isEqualTo("contact");
            assertThat(search.get("actor").asText()).isEqualTo("aud-1");
            assertThat(search.get("childRefs")).extracting(JsonNode::asText).containsExactly(child);
        }
    }

    @Test
    void eachRequestLeavesExactlyOneEntryWhateverItsOutcome() {
        String child = newChildRef();
        String id = given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(contact(child, Instant.now().minus(3, ChronoUnit.HOURS)))
                .when().post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
        screen(id, "pat-3").statusCode(200);
        decide(id, "pat-3", Map.of()).statusCode(422);
        decide(id, "morgan-3", Map.of()).statusCode(200);
        decide(id, "morgan-3", Map.of()).statusCode(409);
        given().auth().oauth2(Tokens.forSubject("marker-3", "auditor")).queryParam("childRef", child)
                .when().get("/api/v1/contacts").then().statusCode(200);

        try (TopicReader reader = new TopicReader(TOPIC)) {
            reader.await(r -> "marker-3".equals(body(r).path("actor").asText()), Duration.ofSeconds(20));
            java.util.List<JsonNode> decisions = reader.seen(r -> true).stream().map(ActivityLogEventsTest::body)
                    .filter(e -> "contact.decide".equals(e.path("action").asText()) && id.equals(e.path("resourceId").asText()))
                    .toList();
            assertThat(decisions).extracting(e -> e.path("outcome").asText())
                    .containsExactly("REJECTED", "SUCCESS", "CONFLICT");
            assertThat(decisions.get(0).get("actor").asText()).as("the screener may not decide").isEqualTo("pat-3");
            // a refused step still names the children of the contact it was refused on
            assertThat(decisions.get(2).get("childRefs")).extracting(JsonNode::asText).containsExactly(child);
            long screenings = reader.seen(r -> true).stream().map(ActivityLogEventsTest::body)
                    .filter(e -> "contact.screen".equals(e.path("action").asText()) && id.equals(e.path("resourceId").asText()))
                    .count();
            assertThat(screenings).isEqualTo(1);
        }
    }

    @Test
    void refusedRequestsAreLoggedWithTheirOutcome() {
        String child = newChildRef();
        String id = given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(contact(child, Instant.now().minus(3, ChronoUnit.HOURS)))
                .when().post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.forSubject("nosy-analyst", "board"))
                .when().get("/api/v1/contacts/{id}", id).then().statusCode(403);
        decide(id, "morgan-2", Map.of()).statusCode(409);

        try (TopicReader reader = new TopicReader(TOPIC)) {
            JsonNode denied = body(reader.await(r -> is(r, "contact.read", id)
                    && "DENIED".equals(body(r).path("outcome").asText()), Duration.ofSeconds(20)));
            assertThat(denied.get("actor").asText()).isEqualTo("nosy-analyst");
            assertThat(denied.get("status").asInt()).isEqualTo(403);

            JsonNode conflict = body(reader.await(r -> is(r, "contact.decide", id), Duration.ofSeconds(20)));
            assertThat(conflict.get("outcome").asText()).isEqualTo("CONFLICT");
            assertThat(conflict.get("actor").asText()).isEqualTo("morgan-2");
        }
    }
}
