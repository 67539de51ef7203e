package uk.gov.safeguarding.contacts;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import uk.gov.safeguarding.testsupport.Tokens;

/** Builds contact requests and walks a contact through its steps, as a council system would. */
public final class ContactFixtures {

    public static final String DERBY = "E06000015";

    private ContactFixtures() {
    }

    public static String newChildRef() {
        return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36).toUpperCase();
    }

    public static Map<String, Object> contact(String childRef, Instant receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("localAuthority", DERBY);
        body.put("receivedAt", receivedAt.toString());
        body.put("source", "2A");
        body.put("channel", "PHONE");
        body.put("referrerOrganisation", "Primary school");
        body.put("referrerRole", "Designated safeguarding lead");
        body.put("children", List.of(Map.of("childRef", childRef, "birthMonth", "2016-04", "unborn", false, "sex", "F")));
        body.put("concernCodes", List.of("3A"));
        body.put("summary", "Disclosure in class");
        return body;
    }

    public static String record(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.forRole("practitioner"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contacts")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static ValidatableResponse screen(String id, String practitioner) {
        return screen(id, practitioner, Map.of());
    }

    public static ValidatableResponse screen(String id, String practitioner, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(
                Map.of("recommendedOutcome", "CIN_REFERRAL", "thresholdLevel", 3, "rationale", "Threshold met"));
        body.putAll(extra);
        return given().auth().oauth2(Tokens.forSubject(practitioner, "practitioner"))
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/contacts/{id}/screening", id)
                .then();
    }

    public static ValidatableResponse decide(String id, String manager, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.forSubject(manager, "manager"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contacts/{id}/decision", id)
                .then();
    }
}
