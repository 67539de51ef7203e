package uk.gov.safeguarding.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.KpiFixtures;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.testsupport.Tokens;

/** The catalogue: the reference's KPI set, read by everyone, changed only by administrators, every change kept. */
@QuarkusTest
class KpiResourceTest {

    @Inject
    KpiFixtures fixtures;

    @Test
    void listsTheWholeCatalogueInScorecardOrder() {
        given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/kpis")
                .then().statusCode(200)
                .body("items", hasSize(19))
                .body("items[0].code", equalTo("CONTACTS_RECEIVED"))
                .body("items.code", hasItem("CP_PLANS_ENDED_2_YEARS_PLUS"))
                .body("items.find { it.code == 'CP_PLANS_ENDED_2_YEARS_PLUS' }.polarity", equalTo("LOWER_IS_BETTER"))
                .body("items.find { it.code == 'CP_VISITS_IN_TIMESCALE' }.parameters.visitIntervalWorkingDays", equalTo(10))
                .body("items.find { it.code == 'CONTACTS_PROGRESSED' }.computed", equalTo(true))
                .body("items.find { it.code == 'CONTACT_DECISIONS_IN_TIMESCALE' }.breachAfterRedMonths", equalTo(2));
    }

    @Test
    void theCatalogueAsCsv() {
        String csv = given().auth().oauth2(Tokens.forRole("analyst")).accept("text/csv")
                .when().get("/api/v1/kpis")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(20);
        assertThat(lines.get(0)).startsWith("code,name,numerator,denominator,unit,polarity,timescale_rule,parameters,");
        assertThat(lines).anyMatch(line -> line.startsWith("CIC_REVIEWS_IN_TIMESCALE,") && line.contains(
                "firstReviewWorkingDays=20;laterReviewMonths=6;secondReviewMonths=3"));
    }

    @Test
    void readsOneAndNamesAnUnknownOne() {
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .when().get("/api/v1/kpis/icpc_in_timescale")
                .then().statusCode(200).body("target", equalTo(80.0f)).body("unit", equalTo("PERCENT"));
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .when().get("/api/v1/kpis/NO_SUCH_KPI")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No KPI with id NO_SUCH_KPI"));
        given().when().get("/api/v1/kpis").then().statusCode(401);
    }

    @Test
    void aNulCharacterInThePathIsA400() {
        given().auth().oauth2(Tokens.forRole("analyst")).urlEncodingEnabled(false)
                .when().get("/api/v1/kpis/%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("code"));
        given().auth().oauth2(Tokens.forRole("analyst")).urlEncodingEnabled(false)
                .when().get("/api/v1/kpis/%00/changes")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anAdministratorChangesATargetAndTheChangeIsKeptWithWhoAndWhy() {
        given().auth().oauth2(Tokens.forSubject("admin-7", "admin")).contentType(ContentType.JSON)
                .body(Map.of("target", 85.5, "amberTolerance", 2.5, "breachAfterRedMonths", 3,
                        "reason", "Agreed at scrutiny"))
                .when().patch("/api/v1/kpis/CIN_REVIEWS_IN_TIMESCALE")
                .then().statusCode(200)
                .body("target", equalTo(85.5f)).body("amberTolerance", equalTo(2.5f))
                .body("breachAfterRedMonths", equalTo(3)).body("updatedBy", equalTo("admin-7"));
        given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/kpis/CIN_REVIEWS_IN_TIMESCALE/changes")
                .then().statusCode(200)
                .body("items[0].changedBy", equalTo("admin-7"))
                .body("items[0].reason", equalTo("Agreed at scrutiny"))
                .body("items[0].before.target", equalTo(90.0f))
                .body("items[0].after.target", equalTo(85.5f))
                .body("items[0].after.breachAfterRedMonths", equalTo(3));
        String csv = given().auth().oauth2(Tokens.forRole("board")).queryParam("format", "csv")
                .when().get("/api/v1/kpis/CIN_REVIEWS_IN_TIMESCALE/changes")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().toList().get(0)).isEqualTo("kpi_code,changed_at,changed_by,reason,before,after");
        assertThat(csv).contains("admin-7,Agreed at scrutiny,").contains("target=85.5");
    }

    @Test
    void onlyAnAdministratorChangesSettingsAndOnlyValidOnes() {
        given().auth().oauth2(Tokens.forRole("analyst")).contentType(ContentType.JSON)
                .body(Map.of("target", 50, "reason", "x"))
                .when().patch("/api/v1/kpis/ICPC_IN_TIMESCALE")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("parameters", Map.of("visitDays", 5), "reason", "typo"))
                .when().patch("/api/v1/kpis/CP_VISITS_IN_TIMESCALE")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("parameters.visitDays"));
        given().auth().oauth2(Tokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("target", -1, "breachAfterRedMonths", 0))
                .when().patch("/api/v1/kpis/ICPC_IN_TIMESCALE")
                .then().statusCode(400)
                .body("violations.field", hasItem("target"))
                .body("violations.field", hasItem("breachAfterRedMonths"))
                .body("violations.field", hasItem("reason"));
        given().auth().oauth2(Tokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("reason", "nothing"))
                .when().patch("/api/v1/kpis/ICPC_IN_TIMESCALE")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("target", 50, "reason", "x"))
                .when().patch("/api/v1/kpis/NO_SUCH_KPI")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.forRole("admin")).contentType(ContentType.TEXT).body("target=50")
                .when().patch("/api/v1/kpis/ICPC_IN_TIMESCALE")
                .then().statusCode(415);
    }

    @Test
    void changingALocalTimescaleCountsTheComputedMonthsAgain() {
        String council = KpiFixtures.newCouncil();
        YearMonth month = YearMonth.of(2019, 6);
        List<ContactFact> facts = new ArrayList<>();
        // Mon 3 June 2019: decided the same day, 2 days later and 3 days later (Thursday).
        facts.add(KpiFixtures.contact(council, month, 3, "2A", "NFA", 0, false));
        facts.add(KpiFixtures.contact(council, month, 3, "2A", "NFA", 2, false));
        facts.add(KpiFixtures.contact(council, month, 3, "2A", "NFA", 3, false));
        fixtures.store(facts);
        fixtures.awaitRecomputed();
        assertThat(numerator(council)).isEqualTo(1);

        given().auth().oauth2(Tokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("parameters", Map.of("decisionWorkingDays", 2), "reason", "Local standard: 2 working days"))
                .when().patch("/api/v1/kpis/CONTACT_DECISIONS_IN_TIMESCALE")
                .then().statusCode(200).body("parameters.decisionWorkingDays", equalTo(2));
        try {
            fixtures.awaitRecomputed();
            assertThat(numerator(council)).isEqualTo(2);
        } finally {
            given().auth().oauth2(Tokens.forRole("admin")).contentType(ContentType.JSON)
                    .body(Map.of("parameters", Map.of("decisionWorkingDays", 1), "reason", "Back to the national rule"))
                    .when().patch("/api/v1/kpis/CONTACT_DECISIONS_IN_TIMESCALE")
                    .then().statusCode(200);
            fixtures.awaitRecomputed();
        }
    }

    private static int numerator(String council) {
        return given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("kpi", "CONTACT_DECISIONS_IN_TIMESCALE").queryParam("localAuthority", council)
                .when().get("/api/v1/kpi-values")
                .then().statusCode(200).extract().jsonPath().getInt("items[0].numerator");
    }
}
