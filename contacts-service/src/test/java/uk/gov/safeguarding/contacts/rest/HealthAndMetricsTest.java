package uk.gov.safeguarding.contacts.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Operators' endpoints are open; readiness covers the database and Kafka. */
@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void readinessIncludesTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "Kafka connection health check"));
    }

    @Test
    void metricsIncludeTheOutboxBacklog() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("outbox_backlog"))
                .body(containsString("outbox_oldest_unsent_age_seconds"));
    }

    @Test
    void apiDocumentsAreOpen() {
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
