package uk.gov.safeguarding.contacts.resilience;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.contacts.ContactFixtures.contact;
import static uk.gov.safeguarding.contacts.ContactFixtures.newChildRef;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.DatabaseControl;
import uk.gov.safeguarding.testsupport.Tokens;

/**
 * With the database out of reach, council systems are told to retry (503 problem+json with Retry-After),
 * readiness answers DOWN the whole time, and the service recovers by itself when the database returns.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void requestsAreAnswered503WithRetryAfterAndReadinessIsDownUntilTheDatabaseReturns() {
        String before = post(contact(newChildRef(), Instant.now().minus(1, ChronoUnit.HOURS))).then().statusCode(201)
                .extract().path("id");
        List<Integer> statuses = new ArrayList<>();
        List<Integer> readiness = new ArrayList<>();
        DatabaseControl.takeAway();
        try {
            Instant until = Instant.now().plusSeconds(12);
            while (Instant.now().isBefore(until)) {
                Response response = post(contact(newChildRef(), Instant.now().minus(1, ChronoUnit.HOURS)));
                statuses.add(response.statusCode());
                assertThat(response.statusCode()).as("a POST while the database is away").isEqualTo(503);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.header("Retry-After")).isEqualTo("5");
                assertThat(response.asString()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql");
                Response read = given().auth().oauth2(Tokens.forRole("manager")).get("/api/v1/contacts/{id}", before);
                assertThat(read.statusCode()).as("a read while the database is away").isEqualTo(503);
                readiness.add(given().get("/q/health/ready").statusCode());
            }
        } finally {
            DatabaseControl.bringBack();
        }
        assertThat(statuses).hasSizeGreaterThanOrEqualTo(2);
        assertThat(readiness).as("readiness through the outage").containsOnly(503);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);
            assertThat(post(contact(newChildRef(), Instant.now().minus(1, ChronoUnit.HOURS))).statusCode()).isEqualTo(201);
        });
        given().auth().oauth2(Tokens.forRole("manager")).get("/api/v1/contacts/{id}", before).then().statusCode(200);
    }

    private static Response post(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.forRole("practitioner")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contacts");
    }
}
