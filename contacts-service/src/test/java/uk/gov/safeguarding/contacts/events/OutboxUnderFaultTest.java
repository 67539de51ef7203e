package uk.gov.safeguarding.contacts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.contacts.ContactFixtures.contact;
import static uk.gov.safeguarding.contacts.ContactFixtures.decide;
import static uk.gov.safeguarding.contacts.ContactFixtures.newChildRef;
import static uk.gov.safeguarding.contacts.ContactFixtures.record;
import static uk.gov.safeguarding.contacts.ContactFixtures.screen;
import static uk.gov.safeguarding.testsupport.TopicReader.header;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.awaitility.Awaitility;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.TestBroker;
import uk.gov.safeguarding.testsupport.TopicReader;

/** With the broker away, requests still succeed; when it returns, every event arrives once, in order. */
@QuarkusTest
class OutboxUnderFaultTest {

    @Inject
    EntityManager entityManager;

    @Transactional
    long failedAttempts(List<String> aggregateIds) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE last_error IS NOT NULL AND aggregate_id = ANY(?1)")
                .setParameter(1, aggregateIds.toArray(String[]::new))
                .getSingleResult()).longValue();
    }

    @Test
    void eventsWaitForTheBrokerAndArriveExactlyOnceInOrder() throws Exception {
        // The service has been publishing normally before the broker goes away.
        String before = record(contact(newChildRef(), Instant.now().minus(2, ChronoUnit.HOURS)));
        try (TopicReader reader = new TopicReader(ContactEvents.TOPIC)) {
            reader.await(r -> before.equals(r.key()), Duration.ofSeconds(30));
        }
        List<String> ids = new ArrayList<>();
        TestBroker.stop();
        try {
            for (int i = 0; i < 10; i++) {
                String id = record(contact(newChildRef(), Instant.now().minus(2, ChronoUnit.HOURS)));
                screen(id, "pat").statusCode(200);
                decide(id, "morgan", Map.of()).statusCode(200);
                ids.add(id);
            }
            // Let the relay fail against the absent broker: its sends time out after 2 s in tests.
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> failedAttempts(ids) > 0);
        } finally {
            TestBroker.start();
        }

        Set<String> wanted = new HashSet<>(ids);
        try (TopicReader reader = new TopicReader(ContactEvents.TOPIC)) {
            reader.awaitCount(r -> wanted.contains(r.key()), 30, Duration.ofSeconds(60));
            // Wait a little longer: a duplicate would arrive after the first copies.
            Thread.sleep(1500);
            List<ConsumerRecord<String, String>> events = reader.seen(r -> wanted.contains(r.key()));
            assertThat(events).hasSize(30);
            assertThat(events).extracting(r -> header(r, "ce_id")).doesNotHaveDuplicates();
            Map<String, List<String>> typesByContact = events.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, Collectors.mapping(r -> header(r, "ce_type"), Collectors.toList())));
            for (String id : ids) {
                assertThat(typesByContact.get(id)).containsExactly(
                        "safeguarding.contact.received.v1",
                        "safeguarding.contact.screened.v1",
                        "safeguarding.contact.decided.v1");
            }
        }
    }
}
