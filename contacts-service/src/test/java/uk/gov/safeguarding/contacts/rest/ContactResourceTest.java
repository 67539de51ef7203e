package uk.gov.safeguarding.contacts.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.safeguarding.contacts.ContactFixtures.contact;
import static uk.gov.safeguarding.contacts.ContactFixtures.decide;
import static uk.gov.safeguarding.contacts.ContactFixtures.newChildRef;
import static uk.gov.safeguarding.contacts.ContactFixtures.record;
import static uk.gov.safeguarding.contacts.ContactFixtures.screen;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.contacts.domain.ContactDecision;
import uk.gov.safeguarding.testsupport.Tokens;

@QuarkusTest
class ContactResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void recordsAContactAndReadsItBack() {
        String child = newChildRef();
        String id = given().auth().oauth2(Tokens.forSubject("pat", "practitioner"))
                .contentType(ContentType.JSON).body(contact(child, Instant.parse("2021-03-01T09:15:00Z")))
                .when().post("/api/v1/contacts")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/contacts/"))
                .body("status", equalTo("AWAITING_SCREENING"))
                .body("source", equalTo("2A"))
                .body("children[0].childRef", equalTo(child))
                .body("children[0].birthMonth", equalTo("2016-04"))
                .body("createdBy", equalTo("pat"))
                .body("decisionDueAt", equalTo("2021-03-03T00:00:00Z"))
                .extract().path("id");

        given().auth().oauth2(Tokens.forRole("manager"))
                .when().get("/api/v1/contacts/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("concernCodes", contains("3A"))
                .body("summary", equalTo("Disclosure in class"));
    }

    @Test
    void walksTheWholeJourney() {
        String id = record(contact(newChildRef(), Instant.parse("2021-03-05T16:00:00Z")));
        screen(id, "pat", Map.of("screenedAt", "2021-03-05T17:00:00Z")).statusCode(200)
                .body("status", equalTo("AWAITING_AUTHORISATION"))
                .body("screening.recommendedOutcome", equalTo("CIN_REFERRAL"))
                .body("screening.screenedBy", equalTo("pat"));
        decide(id, "morgan", Map.of("decidedAt", "2021-03-08T15:00:00Z")).statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.outcome", equalTo("CIN_REFERRAL"))
                .body("decision.decidedBy", equalTo("morgan"))
                .body("decision.workingDays", equalTo(1))
                .body("decision.inTimescale", equalTo(true));
        given().auth().oauth2(Tokens.forSubject("pat", "practitioner"))
                .contentType(ContentType.JSON).body(Map.of("method", "EMAIL", "informedAt", "2021-03-10T10:00:00Z"))
                .when().post("/api/v1/contacts/{id}/referrer-feedback", id)
                .then().statusCode(200)
                .body("referrerFeedback.method", equalTo("EMAIL"))
                .body("referrerFeedback.workingDays", equalTo(2));
    }

    @Test
    void aManagerReturnsAContactForRescreening() {
        String id = record(contact(newChildRef(), Instant.now().minus(1, ChronoUnit.HOURS)));
        screen(id, "pat").statusCode(200);
        given().auth().oauth2(Tokens.forSubject("morgan", "manager"))
                .contentType(ContentType.JSON).body(Map.of("reason", "Speak to the health visitor"))
                .when().post("/api/v1/contacts/{id}/return", id)
                .then().statusCode(200)
                .body("status", equalTo("AWAITING_SCREENING"))
                .body("returnCount", equalTo(1));
        screen(id, "pat").statusCode(200);
    }

    @Test
    void separationOfDutiesIsA422() {
        String id = record(contact(newChildRef(), Instant.now().minus(1, ChronoUnit.HOURS)));
        given().auth().oauth2(Tokens.forSubject("dual", "practitioner", "manager"))
                .contentType(ContentType.JSON)
                .body(Map.of("recommendedOutcome", "NFA", "thresholdLevel", 1, "rationale", "No concerns"))
                .when().post("/api/v1/contacts/{id}/screening", id)
                .then().statusCode(200);
        decide(id, "dual", Map.of()).statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:safeguarding:problem:rule-violation"))
                .body("violations[0].field", equalTo("decidedBy"));
    }

    @Test
    void decidingBeforeScreeningIsA409() {
        String id = record(contact(newChildRef(), Instant.now().minus(1, ChronoUnit.HOURS)));
        decide(id, "morgan", Map.of()).statusCode(409)
                .contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("detail", containsString("AWAITING_SCREENING"));
    }

    @Test
    void countsEarlierContactsAboutTheSameChildInTwelveMonths() {
        String child = newChildRef();
        record(contact(child, Instant.parse("2020-01-10T10:00:00Z")));
        record(contact(child, Instant.parse("2020-06-10T10:00:00Z")));
        record(contact(child, Instant.parse("2020-12-10T10:00:00Z")));
        String id = given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(contact(child, Instant.parse("2021-02-01T10:00:00Z")))
                .when().post("/api/v1/contacts")
                .then().statusCode(201)
                .body("earlierContacts", equalTo(2))
                .body("children[0].earlierContacts", equalTo(2))
                .extract().path("id");

        given().auth().oauth2(Tokens.forRole("auditor"))
                .queryParam("childRef", child).queryParam("minEarlierContacts", 2)
                .queryParam("receivedFrom", "2021-01-01")
                .when().get("/api/v1/contacts")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void resendingASenderRefChangesNothing() {
        Map<String, Object> body = contact(newChildRef(), Instant.now().minus(2, ChronoUnit.HOURS));
        String senderRef = "LL-" + UUID.randomUUID();
        body.put("senderRef", senderRef);
        String id = record(body);
        given().auth().oauth2(Tokens.forRole("integration"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contacts")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("senderRef", equalTo(senderRef));
    }

    @Test
    void filtersPagesAndSorts() {
        String child = newChildRef();
        Instant base = Instant.parse("2019-05-01T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = contact(child, base.plus(i, ChronoUnit.DAYS));
            body.put("source", i == 0 ? "1A" : "6");
            record(body);
        }
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("receivedFrom", "2019-05-01").queryParam("receivedTo", "2019-05-03")
                .queryParam("source", "6").queryParam("sort", "receivedAt").queryParam("size", 1)
                .when().get("/api/v1/contacts")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2))
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items[0].receivedAt", equalTo("2019-05-02T10:00:00Z"));
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("receivedFrom", "2019-05-01").queryParam("receivedTo", "2019-05-03")
                .queryParam("status", "AWAITING_SCREENING").queryParam("overdue", true)
                .when().get("/api/v1/contacts")
                .then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(3))
                .body("items.overdue", everyItem(is(true)));
    }

    @Test
    void invalidFieldsAreListedInA400() {
        Map<String, Object> body = contact("not a valid ref!", Instant.now());
        body.put("source", "99");
        body.put("concernCodes", List.of("3A", "18A"));
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contacts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:safeguarding:problem:validation"))
                .body("instance", equalTo("/api/v1/contacts"))
                .body("requestId", notNullValue())
                .body("violations.field", hasItem("children[0].childRef"));

        Map<String, Object> codes = contact(newChildRef(), Instant.now());
        codes.put("source", "99");
        codes.put("concernCodes", List.of("3A", "18A"));
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(codes)
                .when().post("/api/v1/contacts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItems("source", "concernCodes[1]"));
    }

    @Test
    void aNulCharacterInATextFieldIsA400NamingTheFieldAndNothingIsStored() {
        String child = newChildRef();
        Map<String, Object> body = contact(child, Instant.now().minus(1, ChronoUnit.HOURS));
        body.put("summary", "Disclosure\u0000 in class");
        body.put("referrerOrganisation", "Primary\u0000school");
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contacts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem(org.hamcrest.Matchers.anyOf(equalTo("summary"), equalTo("referrerOrganisation"))))
                .body("violations[0].message", containsString("U+0000"));
        given().auth().oauth2(Tokens.forRole("manager")).queryParam("childRef", child)
                .when().get("/api/v1/contacts")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(Tokens.forRole("manager")).urlEncodingEnabled(false)
                .when().get("/api/v1/contacts?childRef=A%00B")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("childRef"));
    }

    @Test
    void aCouncilIsStoredByItsOnsCodeWhicheverCodeWasSent() {
        Map<String, Object> byNumber = contact(newChildRef(), Instant.now().minus(1, ChronoUnit.HOURS));
        byNumber.put("localAuthority", "831");
        given().auth().oauth2(Tokens.forRole("practitioner")).contentType(ContentType.JSON).body(byNumber)
                .when().post("/api/v1/contacts")
                .then().statusCode(201).body("localAuthority", equalTo("E06000015"));

        Map<String, Object> county = contact(newChildRef(), Instant.now().minus(1, ChronoUnit.HOURS));
        county.put("localAuthority", "E10000030");
        given().auth().oauth2(Tokens.forRole("practitioner")).contentType(ContentType.JSON).body(county)
                .when().post("/api/v1/contacts")
                .then().statusCode(201).body("localAuthority", equalTo("E10000030"));

        for (String notAChildrensServicesAuthority : List.of("E07000032", "W06000015", "E06999999")) {
            Map<String, Object> refused = contact(newChildRef(), Instant.now().minus(1, ChronoUnit.HOURS));
            refused.put("localAuthority", notAChildrensServicesAuthority);
            given().auth().oauth2(Tokens.forRole("practitioner")).contentType(ContentType.JSON).body(refused)
                    .when().post("/api/v1/contacts")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", equalTo("localAuthority"))
                    .body("violations[0].message", containsString("153 children's services authorities"));
        }
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(Map.of("localAuthority", "E06000015"))
                .when().post("/api/v1/contacts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItems("receivedAt", "source", "channel", "children"));
    }

    @Test
    void aFutureContactAndAnUnbornChildWithASexAreRefused() {
        Map<String, Object> body = contact(newChildRef(), Instant.now().plus(2, ChronoUnit.DAYS));
        body.put("children", List.of(Map.of("childRef", newChildRef(), "birthMonth", "2030-01", "unborn", true, "sex", "F")));
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contacts")
                .then().statusCode(400)
                .body("violations.field", hasItems("receivedAt", "children[0].sex"));
    }

    @Test
    void malformedJsonIsA400NamingTheField() {
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body("{\"localAuthority\": \"E06000015\", \"receivedAt\": \"yesterday\"}")
                .when().post("/api/v1/contacts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("receivedAt"))
                .body("detail", not(containsString("com.fasterxml")));
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body("{not json")
                .when().post("/api/v1/contacts")
                .then().statusCode(400)
                .contentType(PROBLEM);
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(Map.of("recommendedOutcome", "MAYBE", "thresholdLevel", 9))
                .when().post("/api/v1/contacts/{id}/screening", UUID.randomUUID())
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("recommendedOutcome"));
    }

    @Test
    void badQueryParametersAreA400() {
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("size", 500).queryParam("sort", "name")
                .when().get("/api/v1/contacts")
                .then().statusCode(400)
                .contentType(PROBLEM);
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("receivedFrom", "01/03/2021")
                .when().get("/api/v1/contacts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("receivedFrom"));
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("status", "OPEN")
                .when().get("/api/v1/contacts")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("page", "first")
                .when().get("/api/v1/contacts")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void noTokenIsA401AndAWrongRoleIsA403() {
        given().contentType(ContentType.JSON).body(contact(newChildRef(), Instant.now()))
                .when().post("/api/v1/contacts")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2(Tokens.expired("practitioner"))
                .when().get("/api/v1/contacts")
                .then().statusCode(401)
                .contentType(PROBLEM);
        given().auth().oauth2("not.a.token")
                .when().get("/api/v1/contacts")
                .then().statusCode(401)
                .contentType(PROBLEM);
        given().auth().oauth2(Tokens.forRole("board"))
                .contentType(ContentType.JSON).body(contact(newChildRef(), Instant.now()))
                .when().post("/api/v1/contacts")
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:safeguarding:problem:forbidden"));
        String id = record(contact(newChildRef(), Instant.now().minus(1, ChronoUnit.HOURS)));
        screen(id, "pat").statusCode(200);
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/contacts/{id}/decision", id)
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void unknownContactIsA404() {
        given().auth().oauth2(Tokens.forRole("manager"))
                .when().get("/api/v1/contacts/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:safeguarding:problem:not-found"));
        given().auth().oauth2(Tokens.forRole("manager"))
                .when().get("/api/v1/contacts/not-a-uuid")
                .then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void wrongContentTypeIsA415() {
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.XML).body("<contact/>")
                .when().post("/api/v1/contacts")
                .then().statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void anOversizedBodyIsA413() {
        Map<String, Object> body = contact(newChildRef(), Instant.now());
        body.put("summary", "x".repeat(1_100_000));
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contacts")
                .then().statusCode(413)
                .contentType(PROBLEM);
    }

    @Test
    void theRequestIdIsEchoed() {
        given().auth().oauth2(Tokens.forRole("manager")).header("X-Request-Id", "trace-123")
                .when().get("/api/v1/contacts/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .header("X-Request-Id", equalTo("trace-123"))
                .body("requestId", equalTo("trace-123"));
    }

    @Test
    void anUndecidedContactPastItsDueDayIsOverdue() {
        Instant longAgo = ZonedDateTime.of(2018, 7, 2, 10, 0, 0, 0, ContactDecision.LONDON).toInstant();
        String id = record(contact(newChildRef(), longAgo));
        given().auth().oauth2(Tokens.forRole("manager"))
                .when().get("/api/v1/contacts/{id}", id)
                .then().statusCode(200)
                .body("overdue", equalTo(true))
                .body("decision", nullValue());
    }
}
