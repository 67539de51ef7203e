package uk.gov.safeguarding.contacts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.contacts.ContactFixtures.contact;
import static uk.gov.safeguarding.contacts.ContactFixtures.decide;
import static uk.gov.safeguarding.contacts.ContactFixtures.newChildRef;
import static uk.gov.safeguarding.contacts.ContactFixtures.record;
import static uk.gov.safeguarding.contacts.ContactFixtures.screen;
import static uk.gov.safeguarding.testsupport.TopicReader.header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.TopicReader;

/** Reads the contacts topic with a plain Kafka consumer, as an integrator would. */
@QuarkusTest
class ContactEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachStepPublishesACloudEventWithTheFactsAndNoFreeText() throws Exception {
        String child = newChildRef();
        Map<String, Object> body = contact(child, Instant.parse("2021-03-01T09:15:00Z"));
        body.put("summary", "SECRET-SUMMARY-TEXT");
        String id = record(body);
        screen(id, "pat", Map.of("screenedAt", "2021-03-01T10:00:00Z", "rationale", "SECRET-RATIONALE"))
                .statusCode(200);
        decide(id, "morgan", Map.of("decidedAt", "2021-03-02T16:00:00Z")).statusCode(200);

        try (TopicReader reader = new TopicReader(ContactEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> events =
                    reader.awaitCount(r -> id.equals(r.key()), 3, Duration.ofSeconds(20));
            assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly(
                    "safeguarding.contact.received.v1",
                    "safeguarding.contact.screened.v1",
                    "safeguarding.contact.decided.v1");

            ConsumerRecord<String, String> decided = events.get(2);
            assertThat(header(decided, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(decided, "ce_source")).isEqualTo("/contacts-service");
            assertThat(header(decided, "ce_subject")).isEqualTo(id);
            assertThat(header(decided, "content-type")).isEqualTo("application/json");
            assertThat(header(decided, "ce_time")).isNotBlank();
            assertThat(events).extracting(r -> header(r, "ce_id")).doesNotHaveDuplicates().allMatch(v -> v.length() == 36);

            JsonNode payload = JSON.readTree(decided.value());
            assertThat(payload.get("contactId").asText()).isEqualTo(id);
            assertThat(payload.get("localAuthority").asText()).isEqualTo("E06000015");
            assertThat(payload.get("source").asText()).isEqualTo("2A");
            assertThat(payload.get("receivedAt").asText()).isEqualTo("2021-03-01T09:15:00Z");
            assertThat(payload.get("decidedAt").asText()).isEqualTo("2021-03-02T16:00:00Z");
            assertThat(payload.get("outcome").asText()).isEqualTo("CIN_REFERRAL");
            assertThat(payload.get("progressed").asBoolean()).isTrue();
            assertThat(payload.get("decisionWorkingDays").asInt()).isEqualTo(1);
            assertThat(payload.get("decisionInTimescale").asBoolean()).isTrue();
            assertThat(payload.get("earlierContacts").asInt()).isZero();
            assertThat(payload.get("children").get(0).get("childRef").asText()).isEqualTo(child);
            assertThat(payload.get("children").get(0).get("earlierContacts").asInt()).isZero();

            for (ConsumerRecord<String, String> event : events) {
                assertThat(event.value()).doesNotContain("SECRET-SUMMARY-TEXT", "SECRET-RATIONALE",
                        "Primary school", "Designated safeguarding lead");
            }
        }
    }
}
