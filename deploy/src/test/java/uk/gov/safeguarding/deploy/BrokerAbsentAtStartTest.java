package uk.gov.safeguarding.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.localinfra.FreePorts;
import uk.gov.safeguarding.localinfra.KafkaBroker;
import uk.gov.safeguarding.localinfra.LocalIssuer;
import uk.gov.safeguarding.localinfra.PostgresServer;

/**
 * A service that starts while the broker is away (a Kafka outage during a deployment, or the broker
 * started after the services) still takes contacts, says it is not ready, and publishes what it took
 * once the broker comes.
 */
class BrokerAbsentAtStartTest {

    private static final Path LOGS = Path.of("target/e2e-logs");

    @TempDir
    Path dir;

    private PostgresServer postgres;
    private KafkaBroker broker;
    private ServiceProcess contacts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stopEverything() {
        if (contacts != null) {
            contacts.stop();
        }
        if (broker != null) {
            broker.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void contactsTakenBeforeTheBrokerExistsArePublishedWhenItComes() throws Exception {
        postgres = PostgresServer.embedded(dir.resolve("postgres"), FreePorts.next());
        broker = KafkaBroker.onFreePorts(dir.resolve("kafka"));
        LocalIssuer issuer = LocalIssuer.inDirectory(dir.resolve("issuer"));
        LocalStack.ServiceSpec spec = new LocalStack.ServiceSpec("contacts-service", FreePorts.next(), "contacts", "CONTACTS", null);
        postgres.ensureDatabase(spec.database());
        Files.createDirectories(LOGS);
        contacts = new ServiceProcess(spec.name(), spec.port(), spec.jar(Path.of("..").toAbsolutePath().normalize()), "256m");
        contacts.start(spec.environment(postgres, broker.bootstrapServers(), issuer, dir), List.of(),
                LOGS.resolve("contacts-service-broker-absent.log"));

        contacts.awaitLive(http, Duration.ofSeconds(120));
        assertThat(readiness()).as("readiness answers DOWN within seconds while the broker is away").isEqualTo(503);
        SuiteApi api = new SuiteApi(http, contacts.baseUrl(), null);
        String contactId = SuiteApi.id(api.post("/api/v1/contacts", """
                {"localAuthority":"E09000033","senderRef":"COLD-1","receivedAt":"%s","source":"6","channel":"PHONE",
                 "children":[{"childRef":"COLD1","birthMonth":"2015-06","unborn":false,"sex":"M"}]}"""
                .formatted(Instant.now().minusSeconds(60)), issuer.token("cold-practitioner", List.of("practitioner"),
                Duration.ofHours(1))));

        broker.start();
        broker.createTopics(Topics.withDeadLetters(), 3);
        ConsumerRecord<String, String> received = awaitEvent(contactId, Duration.ofSeconds(90));
        assertThat(header(received, "ce_type")).isEqualTo("safeguarding.contact.received.v1");
        assertThat(received.value()).contains("\"senderRef\":\"COLD-1\"");
        contacts.awaitReady(http, Duration.ofSeconds(60));
    }

    private int readiness() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(contacts.baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private ConsumerRecord<String, String> awaitEvent(String contactId, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "cold-start-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("safeguarding.contacts.v1"));
            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (contactId.equals(record.key())) {
                        return record;
                    }
                    seen.add(record.key());
                }
            }
            throw new AssertionError("No event for " + contactId + " within " + timeout + "; saw " + seen);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
