package uk.gov.safeguarding.chassis.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.EventSender;
import uk.gov.safeguarding.testsupport.TopicReader;

/** The chassis consumer: each event applied once, poison to the dead-letter topic, the rest carries on. */
@QuarkusTest
class EventConsumersTest {

    @Inject
    RecordingHandler handler;

    @Test
    void appliesEachEventOnceAndDeadLettersPoison() throws Exception {
        String first = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender()) {
            sender.send(RecordingHandler.TOPIC, "c1", first, "safeguarding.contact.received.v1", "{\"n\":1}");
            sender.send(RecordingHandler.TOPIC, "c1", first, "safeguarding.contact.received.v1", "{\"n\":1}");
            sender.send(RecordingHandler.TOPIC, "c2", poison, "safeguarding.contact.received.v1", "{\"poison\":true}");
            sender.send(RecordingHandler.TOPIC, "c3", null, "safeguarding.contact.received.v1", "{\"n\":3}");
            sender.send(RecordingHandler.TOPIC, "c4", after, "safeguarding.contact.received.v1", "{\"n\":4}");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> handler.applied().contains(after));
        assertThat(handler.applied()).containsOnlyOnce(first);
        assertThat(handler.applied()).doesNotContain(poison);

        try (TopicReader deadLetters = new TopicReader(RecordingHandler.TOPIC + ".dlt")) {
            ConsumerRecord<String, String> dead = deadLetters.await(r -> "c2".equals(r.key()), Duration.ofSeconds(20));
            assertThat(TopicReader.header(dead, "ce_id")).isEqualTo(poison);
            assertThat(TopicReader.header(dead, "x-error")).contains("cannot read this event");
            assertThat(TopicReader.header(dead, "x-consumer")).isEqualTo("chassis-test.recording");
            ConsumerRecord<String, String> noId = deadLetters.await(r -> "c3".equals(r.key()), Duration.ofSeconds(20));
            assertThat(TopicReader.header(noId, "x-error")).contains("no ce_id");
        }
    }
}
