package uk.gov.safeguarding.contacts.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.gov.safeguarding.contacts.ContactFixtures.contact;
import static uk.gov.safeguarding.contacts.ContactFixtures.newChildRef;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.Tokens;

/** The one-off bank holiday changes are data an administrator extends, and timescales follow them. */
@QuarkusTest
class CalendarResourceTest {

    @Test
    void listsTheProclaimedChanges() {
        given().auth().oauth2(Tokens.forRole("analyst"))
                .when().get("/api/v1/calendar/changes")
                .then().statusCode(200)
                .body("date", hasItem("2023-05-08"))
                .body("find { it.date == '2022-09-19' }.kind", equalTo("ADDED"))
                .body("find { it.date == '2020-05-04' }.kind", equalTo("REMOVED"));
    }

    @Test
    void anAddedHolidayMovesTheDecisionDueDate() {
        // Wednesday 15 March 2017 becomes a holiday: a contact on Tuesday 14th is due by the end of Thursday 16th.
        given().auth().oauth2(Tokens.forRole("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2017-03-15", "kind", "ADDED", "reason", "Test proclamation"))
                .when().put("/api/v1/calendar/changes")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(contact(newChildRef(), Instant.parse("2017-03-14T10:00:00Z")))
                .when().post("/api/v1/contacts")
                .then().statusCode(201)
                .body("decisionDueAt", equalTo("2017-03-17T00:00:00Z"));
    }

    @Test
    void onlyAnAdministratorChangesTheCalendarAndTheChangeMustBeValid() {
        given().auth().oauth2(Tokens.forRole("manager"))
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2030-01-02", "kind", "ADDED", "reason", "x"))
                .when().put("/api/v1/calendar/changes")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.forRole("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2030-01-02", "kind", "MOVED"))
                .when().put("/api/v1/calendar/changes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("kind"));
        given().auth().oauth2(Tokens.forRole("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2030-01-02", "kind", "ADDED"))
                .when().put("/api/v1/calendar/changes")
                .then().statusCode(400)
                .body("violations.field", hasItem("reason"));
    }
}
