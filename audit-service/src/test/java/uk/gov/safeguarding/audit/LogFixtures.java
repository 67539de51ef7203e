package uk.gov.safeguarding.audit;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.testsupport.EventSender;
import uk.gov.safeguarding.testsupport.Tokens;

/** Activity entries as the other services publish them, and waiting for the log to take them. */
public final class LogFixtures {

    private LogFixtures() {
    }

    public static String entry(String actor, String action, String childRef) {
        return """
                {"service":"contacts-service","actor":"%s","roles":["practitioner"],"action":"%s","resourceType":"contact",
                 "resourceId":"%s","childRefs":["%s"],"childRefsOmitted":0,"outcome":"SUCCESS","status":200,
                 "requestId":"%s","occurredAt":"%s"}""".formatted(actor, action, UUID.randomUUID(), childRef,
                UUID.randomUUID(), Instant.now());
    }

    /** Publishes entries by {@code actor} and waits until the log holds them all; returns their event ids. */
    public static List<String> publish(String actor, int count, String childRef) {
        List<String> ids = new java.util.ArrayList<>();
        try (EventSender sender = new EventSender()) {
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                sender.send(Topics.ACTIVITY_LOG, "contacts-service", id, "safeguarding.activity.recorded.v1",
                        entry(actor, "contact.read", childRef));
                ids.add(id);
            }
        }
        awaitEntries(actor, count);
        return ids;
    }

    public static void awaitEntries(String actor, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().auth().oauth2(Tokens.forRole("auditor")).queryParam("actor", actor).queryParam("limit", 1000)
                        .when().get("/api/v1/activity-log/entries").then().statusCode(200)
                        .extract().jsonPath().getList("items").size() >= count);
    }

    public static String newActor() {
        return "actor-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String newChild() {
        return "CH" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 10_000_000_000L);
    }
}
