package uk.gov.safeguarding.kpi.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.KpiFixtures;
import uk.gov.safeguarding.testsupport.EventSender;
import uk.gov.safeguarding.testsupport.TopicReader;
import uk.gov.safeguarding.testsupport.Tokens;

/**
 * Contact events from safeguarding.contacts.v1, shaped as contacts-service publishes them, move the
 * contact KPIs; a redelivered event changes nothing; an unreadable one goes to the dead-letter topic.
 */
@QuarkusTest
class ContactEventsHandlerTest {

    private static final String TOPIC = "safeguarding.contacts.v1";

    static String received(UUID id, String council, String receivedAt, int earlier) {
        return """
                {"contactId":"%s","localAuthority":"%s","senderRef":"S-%s","source":"2A","channel":"PHONE",
                 "receivedAt":"%s","status":"AWAITING_SCREENING",
                 "children":[{"childRef":"C1","sex":"F","birthMonth":"2016-04","unborn":false,"earlierContacts":%d}],
                 "concernCodes":[],"earlierContacts":%d,"decisionDueAt":"2021-03-03T00:00:00Z","returnCount":0}"""
                .formatted(id, council, id, receivedAt, earlier, earlier);
    }

    /** Events carry the contact as it stands: the earlier-contact counts of intake stay on the decided event. */
    static String decided(UUID id, String council, String receivedAt, int earlier, String decidedAt, String outcome,
                          boolean progressed) {
        return """
                {"contactId":"%s","localAuthority":"%s","senderRef":"S-%s","source":"2A","channel":"PHONE",
                 "receivedAt":"%s","status":"DECIDED",
                 "children":[{"childRef":"C1","sex":"F","birthMonth":"2016-04","unborn":false,"earlierContacts":%d}],
                 "concernCodes":[],"earlierContacts":%d,"decisionDueAt":"2021-03-03T00:00:00Z","returnCount":0,
                 "outcome":"%s","progressed":%s,"decidedAt":"%s","decidedBy":"manager-1","decisionWorkingDays":0,
                 "decisionInTimescale":true}"""
                .formatted(id, council, id, receivedAt, earlier, earlier, outcome, progressed, decidedAt);
    }

    private static JsonPath value(String kpi, String council, String month) {
        return given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("kpi", kpi).queryParam("localAuthority", council)
                .queryParam("from", month).queryParam("to", month)
                .when().get("/api/v1/kpi-values")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The council-wide figures, failing as an assertion (so an await retries) until they exist. */
    private static JsonPath councilValue(String kpi, String council, String month) {
        JsonPath page = value(kpi, council, month);
        assertThat(page.getList("items")).as(kpi + " for " + council + " " + month).hasSize(1);
        return page;
    }

    @Test
    void aDecidedContactMovesContactsProgressed() {
        String council = KpiFixtures.newCouncil();
        UUID referred = UUID.randomUUID();
        UUID advised = UUID.randomUUID();
        try (EventSender sender = new EventSender()) {
            sender.send(TOPIC, referred.toString(), UUID.randomUUID().toString(), "safeguarding.contact.received.v1",
                    received(referred, council, "2021-03-01T09:00:00Z", 0));
            sender.send(TOPIC, advised.toString(), UUID.randomUUID().toString(), "safeguarding.contact.received.v1",
                    received(advised, council, "2021-03-01T10:00:00Z", 2));
            sender.send(TOPIC, advised.toString(), UUID.randomUUID().toString(), "safeguarding.contact.decided.v1",
                    decided(advised, council, "2021-03-01T10:00:00Z", 2, "2021-03-01T15:00:00Z", "INFORMATION_AND_ADVICE", false));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath progressed = councilValue("CONTACTS_PROGRESSED", council, "2021-03");
            assertThat(progressed.getInt("items[0].denominator")).isEqualTo(1);
            assertThat(progressed.getFloat("items[0].value")).isEqualTo(0.0f);
        });
        JsonPath repeat = councilValue("REPEAT_CONTACTS", council, "2021-03");
        assertThat(repeat.getInt("items[0].numerator")).isEqualTo(1);
        assertThat(repeat.getInt("items[0].denominator")).isEqualTo(2);

        try (EventSender sender = new EventSender()) {
            sender.send(TOPIC, referred.toString(), UUID.randomUUID().toString(), "safeguarding.contact.decided.v1",
                    decided(referred, council, "2021-03-01T09:00:00Z", 0, "2021-03-02T11:00:00Z", "CIN_REFERRAL", true));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath progressed = councilValue("CONTACTS_PROGRESSED", council, "2021-03");
            assertThat(progressed.getInt("items[0].numerator")).isEqualTo(1);
            assertThat(progressed.getInt("items[0].denominator")).isEqualTo(2);
            assertThat(progressed.getFloat("items[0].value")).isEqualTo(50.0f);
        });
    }

    @Test
    void aRedeliveredEventIsDroppedAndAnOlderEventDoesNotOverwriteANewerOne() {
        String council = KpiFixtures.newCouncil();
        UUID contact = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender()) {
            sender.send(TOPIC, contact.toString(), eventId, "safeguarding.contact.received.v1",
                    received(contact, council, "2021-05-04T09:00:00Z", 0));
            sender.send(TOPIC, contact.toString(), eventId, "safeguarding.contact.received.v1",
                    received(contact, council, "2021-05-04T09:00:00Z", 0));
            // A second copy of the same contact under a new event id (a replay), and a different contact after it.
            UUID other = UUID.randomUUID();
            sender.send(TOPIC, other.toString(), UUID.randomUUID().toString(), "safeguarding.contact.received.v1",
                    received(other, council, "2021-05-05T09:00:00Z", 0));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(councilValue("CONTACTS_RECEIVED", council, "2021-05").getInt("items[0].numerator")).isEqualTo(2));
    }

    @Test
    void anEventThatIsNotAContactGoesToTheDeadLetterTopic() throws Exception {
        String key = "not-a-contact-" + UUID.randomUUID();
        try (EventSender sender = new EventSender()) {
            sender.send(TOPIC, key, UUID.randomUUID().toString(), "safeguarding.contact.received.v1",
                    "{\"contactId\":\"" + UUID.randomUUID() + "\",\"localAuthority\":\"E06000015\"}");
        }
        try (TopicReader deadLetters = new TopicReader(TOPIC + ".dlt")) {
            ConsumerRecord<String, String> dead = deadLetters.await(r -> key.equals(r.key()), Duration.ofSeconds(30));
            assertThat(TopicReader.header(dead, "x-consumer")).isEqualTo("kpi-service.contacts");
            assertThat(TopicReader.header(dead, "x-error")).contains("needs contactId, localAuthority, source");
        }
    }
}
