package uk.gov.safeguarding.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.KpiFixtures;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.testsupport.Tokens;

/** The values feed for BI tools: filters, keyset paging that neither skips nor repeats, CSV. */
@QuarkusTest
class KpiValueResourceTest {

    @Inject
    KpiFixtures fixtures;

    private static String council;

    @BeforeEach
    void generateOnce() {
        if (council != null) {
            return;
        }
        council = KpiFixtures.newCouncil();
        List<ContactFact> facts = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            for (int n = 0; n < 10 + m; n++) {
                facts.add(KpiFixtures.contact(council, YearMonth.of(2022, m), 10, n % 2 == 0 ? "1A" : "3E",
                        n % 4 == 0 ? "STRATEGY_DISCUSSION" : "EARLY_HELP", 1, n % 3 == 0));
            }
        }
        fixtures.store(facts);
        fixtures.awaitRecomputed();
    }

    @Test
    void pagesWithTheCursorWithoutSkippingOrRepeating() {
        Set<String> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(Tokens.forRole("integration"))
                    .queryParam("localAuthority", council).queryParam("breakdown", "ALL").queryParam("limit", 7);
            if (after != null) {
                request.queryParam("after", after);
            }
            Response response = request.when().get("/api/v1/kpi-values").then().statusCode(200).extract().response();
            JsonPath page = response.jsonPath();
            for (int i = 0; i < page.getList("items").size(); i++) {
                String key = page.getString("items[" + i + "].kpiCode") + "|" + page.getString("items[" + i + "].month")
                        + "|" + page.getString("items[" + i + "].source");
                assertThat(seen.add(key)).as("repeated " + key).isTrue();
            }
            after = page.getString("next");
            if (after != null) {
                assertThat(response.header("Link")).contains("rel=\"next\"").contains("after=");
            }
            pages++;
        } while (after != null);
        // 5 contact KPIs x 12 months, plus 2 sources x 12 months for each of CONTACTS_RECEIVED and CONTACTS_PROGRESSED.
        assertThat(seen).hasSize(5 * 12 + 2 * 2 * 12);
        assertThat(pages).isEqualTo((int) Math.ceil(seen.size() / 7.0));
    }

    @Test
    void derivedFiguresOnEachRow() {
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("kpi", "contacts_received").queryParam("localAuthority", council)
                .queryParam("from", "2022-06").queryParam("to", "2022-06")
                .when().get("/api/v1/kpi-values")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].numerator", equalTo(16))
                .body("items[0].value", equalTo(16.0f))
                // a count moves by a percent (15 to 16), never by points
                .body("items[0].changeOnLastMonthPercent", equalTo(6.7f))
                .body("items[0].changeOnLastMonthPoints", nullValue())
                // January to June: 11 + 12 + ... + 16 = 81 over 6 months
                .body("items[0].sixMonthAverage", equalTo(13.5f))
                .body("items[0].changeOnLastYearPercent", nullValue())
                .body("items[0].team", nullValue())
                .body("items[0].source", nullValue());
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("kpi", "CONTACTS_PROGRESSED").queryParam("localAuthority", council)
                .queryParam("from", "2022-03").queryParam("to", "2022-03").queryParam("breakdown", "SOURCE")
                .when().get("/api/v1/kpi-values")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.source == '1A' }.numerator", equalTo(4))
                .body("items.find { it.source == '1A' }.denominator", equalTo(7));
    }

    @Test
    void theFeedAsCsvForPowerBi() {
        String csv = given().auth().oauth2(Tokens.forRole("analyst")).accept("text/csv")
                .queryParam("kpi", "REPEAT_CONTACTS").queryParam("localAuthority", council)
                .when().get("/api/v1/kpi-values")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("kpi_code,local_authority,month,team,source,numerator,denominator,value,"
                + "six_month_average,six_month_numerator,six_month_denominator,change_on_last_month_points,"
                + "change_on_last_month_percent,change_on_last_year_points,change_on_last_year_percent,target,rag,"
                + "benchmark_year,statistical_neighbours,england,computed_at,version");
        assertThat(lines).hasSize(13);
        // January 2022: 11 contacts, those with n = 0, 3, 6, 9 repeat: 36.4% against a 22% lower-is-better target.
        assertThat(lines.get(1)).startsWith("REPEAT_CONTACTS," + council + ",2022-01,,,4,11,36.4,36.4,4,11,,,,,22.0,RED,");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void badParametersAreNamed() {
        for (String[] bad : new String[][] {{"after", "not-a-cursor!"}, {"limit", "0"}, {"limit", "x"},
                {"breakdown", "WORKER"}, {"from", "2022"}, {"localAuthority", "Derby"}}) {
            given().auth().oauth2(Tokens.forRole("analyst")).queryParam(bad[0], bad[1])
                    .when().get("/api/v1/kpi-values")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(bad[0]));
        }
        given().auth().oauth2(Tokens.forRole("practitioner"))
                .when().get("/api/v1/kpi-values")
                .then().statusCode(403);
    }
}
