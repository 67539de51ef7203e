package uk.gov.safeguarding.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.KpiFixtures;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.testsupport.Tokens;

/** Contact volumes from contacts generated to Derby's monthly counts give the report's year-on-year column. */
@QuarkusTest
class ContactVolumeResourceTest {

    private static final int[] Y2020 = {1595, 1444, 1486, 2016, 1864, 1607, 2019, 2133, 2047};
    private static final int[] Y2021 = {2499, 2259, 2460, 2703, 2417, 2052, 2597, 2433, 2293};
    private static final String[] REPORTED = {"56.7", "56.4", "65.5", "34.1", "29.7", "27.7", "28.6", "14.1", "12.0"};
    private static final String[] SOURCES = {"1A", "2A", "3A", "5A", "6", "8"};

    @Inject
    KpiFixtures fixtures;

    private static String council;

    @BeforeEach
    void generateDerbyVolumesOnce() {
        if (council != null) {
            return;
        }
        council = KpiFixtures.newCouncil();
        List<ContactFact> facts = new ArrayList<>();
        for (int i = 0; i < Y2020.length; i++) {
            addMonth(facts, YearMonth.of(2020, 3 + i), Y2020[i]);
            addMonth(facts, YearMonth.of(2021, 3 + i), Y2021[i]);
        }
        fixtures.store(facts);
        fixtures.awaitRecomputed();
    }

    private static void addMonth(List<ContactFact> facts, YearMonth month, int contacts) {
        for (int n = 0; n < contacts; n++) {
            facts.add(KpiFixtures.contact(council, month, 1 + n % month.lengthOfMonth(), SOURCES[n % SOURCES.length],
                    "NFA", 0, false));
        }
    }

    @Test
    void yearOnYearMatchesTheDerbyReportExactly() {
        List<Map<String, Object>> items = given().auth().oauth2(Tokens.forRole("board"))
                .queryParam("localAuthority", council).queryParam("from", "2021-03").queryParam("to", "2021-11")
                .when().get("/api/v1/contact-volumes")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(items).hasSize(9);
        for (int i = 0; i < 9; i++) {
            Map<String, Object> row = items.get(i);
            assertThat(row.get("month")).isEqualTo(YearMonth.of(2021, 3 + i).toString());
            assertThat(((Number) row.get("contacts")).intValue()).isEqualTo(Y2021[i]);
            assertThat(((Number) row.get("sameMonthLastYear")).intValue()).isEqualTo(Y2020[i]);
            assertThat(row.get("changeOnLastYearPercent").toString()).isEqualTo(REPORTED[i]);
        }
    }

    @Test
    void bySourceAddsARowPerSourceAndCsvIsReadyForExcel() {
        String csv = given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("localAuthority", council).queryParam("from", "2021-03").queryParam("to", "2021-03")
                .queryParam("bySource", "true").queryParam("format", "csv")
                .when().get("/api/v1/contact-volumes")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("local_authority,month,source,contacts,same_month_last_year,"
                + "change_on_last_year_percent,change_on_last_month");
        assertThat(lines).contains(council + ",2021-03,,2499,1595,56.7,");
        // 2,499 contacts over 6 sources in turn: 1A has the extra ones.
        assertThat(lines).anyMatch(line -> line.startsWith(council + ",2021-03,1A,417,"));
        assertThat(lines).hasSize(1 + 1 + SOURCES.length);
    }

    @Test
    void aSecondReadWithTheEtagIsNotModified() {
        String etag = given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("localAuthority", council).queryParam("from", "2020-03").queryParam("to", "2021-11")
                .when().get("/api/v1/contact-volumes")
                .then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotBlank();
        given().auth().oauth2(Tokens.forRole("analyst")).header("If-None-Match", etag)
                .queryParam("localAuthority", council).queryParam("from", "2020-03").queryParam("to", "2021-11")
                .when().get("/api/v1/contact-volumes")
                .then().statusCode(304);
        // The CSV of the same months is another representation with its own tag.
        given().auth().oauth2(Tokens.forRole("analyst")).header("If-None-Match", etag).accept("text/csv")
                .queryParam("localAuthority", council).queryParam("from", "2020-03").queryParam("to", "2021-11")
                .when().get("/api/v1/contact-volumes")
                .then().statusCode(200);
    }

    @Test
    void missingOrBadParametersAreNamed() {
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("from", "2021-03").queryParam("to", "2021-11")
                .when().get("/api/v1/contact-volumes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("localAuthority"));
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("localAuthority", council).queryParam("from", "2021-13").queryParam("to", "2021-11")
                .when().get("/api/v1/contact-volumes")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("localAuthority", council).queryParam("from", "2021-03").queryParam("to", "2021-01")
                .when().get("/api/v1/contact-volumes")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("localAuthority", council).queryParam("from", "2021-03").queryParam("to", "2021-11")
                .queryParam("format", "xlsx")
                .when().get("/api/v1/contact-volumes")
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
        given().queryParam("localAuthority", council).queryParam("from", "2021-03").queryParam("to", "2021-11")
                .when().get("/api/v1/contact-volumes")
                .then().statusCode(401);
    }
}
