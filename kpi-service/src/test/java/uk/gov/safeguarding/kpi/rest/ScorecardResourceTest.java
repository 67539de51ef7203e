package uk.gov.safeguarding.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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

/** A month's scorecard: value, pooled 6-month average, target, RAG, direction and benchmarks, per KPI. */
@QuarkusTest
class ScorecardResourceTest {

    @Inject
    KpiFixtures fixtures;

    private static String council;

    /**
     * July to December 2021, 100 contacts a month, all decided, 15 progressed: decisions in timescale
     * run 90, 92, 94, 96, 97, 93 per 100.
     */
    @BeforeEach
    void generateSixMonthsOnce() {
        if (council != null) {
            return;
        }
        council = KpiFixtures.newCouncil();
        int[] onTime = {90, 92, 94, 96, 97, 93};
        List<ContactFact> facts = new ArrayList<>();
        for (int i = 0; i < onTime.length; i++) {
            YearMonth month = YearMonth.of(2021, 7 + i);
            for (int n = 0; n < 100; n++) {
                // Received on the 14th at noon; decided the same day (in time) or 7 days later (late).
                facts.add(KpiFixtures.contact(council, month, 14, n < 20 ? "6" : "2A",
                        n < 15 ? "CIN_REFERRAL" : "NFA", n < onTime[i] ? 0 : 7, false));
            }
        }
        fixtures.store(facts);
        fixtures.awaitRecomputed();
    }

    @Test
    void theScrutinyTableForDecember() {
        given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/scorecards/{la}/{month}", council, "2021-12")
                .then().statusCode(200)
                .body("localAuthority", equalTo(council))
                .body("month", equalTo("2021-12"))
                .body("rows", hasSize(19))
                .body("rows[0].kpiCode", equalTo("CONTACTS_RECEIVED"))
                .body("rows[0].value", equalTo(100.0f))
                .body("rows[0].rag", nullValue())
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.value", equalTo(93.0f))
                // (90 + 92 + 94 + 96 + 97 + 93) / 600
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.sixMonthAverage", equalTo(93.7f))
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.target", equalTo(95.0f))
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.rag", equalTo("AMBER"))
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.direction", equalTo("DOWN"))
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.improving", equalTo(false))
                .body("rows.find { it.kpiCode == 'CONTACTS_PROGRESSED' }.value", equalTo(15.0f))
                .body("rows.find { it.kpiCode == 'ICPC_IN_TIMESCALE' }.value", nullValue())
                // a percentage moves by points (97 to 93 on time: -4.0 points), a count by a percent (100 to 100)
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.changeOnLastMonthPoints", equalTo(-4.0f))
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.changeOnLastMonthPercent", nullValue())
                .body("rows[0].changeOnLastMonthPercent", equalTo(0.0f))
                .body("rows[0].changeOnLastMonthPoints", nullValue());
    }

    @Test
    void childrenOnAPlanInCareAndInNeedArePrintedWithTheirRatePer10000Children() {
        String other = KpiFixtures.newCouncil();
        List<Map<String, Object>> plans = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            plans.add(Map.of("kind", "CP_PLAN", "recordId", "RATE-CP" + i, "localAuthority", other, "childRef", "R" + i,
                    "startDate", "2021-06-01"));
        }
        plans.add(Map.of("kind", "CLA_EPISODE", "recordId", "RATE-CLA", "localAuthority", other, "childRef", "R9",
                "startDate", "2021-06-01"));
        given().auth().oauth2(Tokens.forRole("integration")).contentType(ContentType.JSON).body(plans)
                .when().post("/api/v1/practice-records").then().statusCode(200).body("stored", equalTo(4));
        fixtures.awaitRecomputed();
        uk.gov.safeguarding.kernel.Councils england = uk.gov.safeguarding.kernel.Councils.england();
        long children = england.childrenAged0To17(england.find(other).orElseThrow(), YearMonth.of(2021, 12)).getAsLong();
        float rate = uk.gov.safeguarding.kpi.domain.RatePer10000.of(java.math.BigDecimal.valueOf(3), children).floatValue();
        float inNeed = uk.gov.safeguarding.kpi.domain.RatePer10000.of(java.math.BigDecimal.valueOf(4), children).floatValue();
        given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/scorecards/{la}/{month}", other, "2021-12")
                .then().statusCode(200)
                .body("rows.find { it.kpiCode == 'CHILDREN_ON_CP_PLANS' }.value", equalTo(3.0f))
                .body("rows.find { it.kpiCode == 'CHILDREN_ON_CP_PLANS' }.childrenAged0To17", equalTo((int) children))
                .body("rows.find { it.kpiCode == 'CHILDREN_ON_CP_PLANS' }.ratePer10000Children", equalTo(rate))
                .body("rows.find { it.kpiCode == 'CHILDREN_IN_CARE' }.value", equalTo(1.0f))
                .body("rows.find { it.kpiCode == 'CHILDREN_IN_NEED' }.value", equalTo(4.0f))
                .body("rows.find { it.kpiCode == 'CHILDREN_IN_NEED' }.ratePer10000Children", equalTo(inNeed))
                .body("rows.find { it.kpiCode == 'OPEN_CASES' }.ratePer10000Children", nullValue());
    }

    @Test
    void theStatisticalNeighboursAverageIsWorkedOutFromTheirOwnFigures() {
        YearMonth month = YearMonth.of(2019, 2);
        List<ContactFact> facts = new ArrayList<>();
        facts.add(KpiFixtures.contact("E06000015", month, 12, "2A", "NFA", 0, false));
        // Six of Derby's ten neighbours report: 10 contacts each, 5 + i decided in time (50%, 60%, ... 100%).
        for (int i = 0; i < 6; i++) {
            for (int n = 0; n < 10; n++) {
                facts.add(KpiFixtures.contact(KpiFixtures.DERBY_NEIGHBOURS.get(i), month, 12, "2A", "NFA",
                        n < 5 + i ? 0 : 7, false));
            }
        }
        fixtures.store(facts);
        fixtures.awaitRecomputed();
        given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/scorecards/{la}/{month}", "E06000015", "2019-02")
                .then().statusCode(200)
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.statisticalNeighboursReporting", equalTo(6))
                // (50 + 60 + 70 + 80 + 90 + 100) / 6
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.statisticalNeighboursComputed", equalTo(75.0f))
                .body("rows.find { it.kpiCode == 'CONTACTS_RECEIVED' }.statisticalNeighboursComputed", nullValue())
                .body("rows.find { it.kpiCode == 'ICPC_IN_TIMESCALE' }.statisticalNeighboursReporting", equalTo(0));
    }

    @Test
    void theScorecardCsvSaysWhichChangesArePointsAndWhichPercent() {
        String csv = given().auth().oauth2(Tokens.forRole("board")).queryParam("format", "csv")
                .when().get("/api/v1/scorecards/{la}/{month}", council, "2021-12")
                .then().statusCode(200).extract().asString();
        String header = csv.lines().findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(header).contains("change_on_last_month_points",
                "change_on_last_month_percent", "change_on_last_year_points", "change_on_last_year_percent");
        org.assertj.core.api.Assertions.assertThat(csv.lines().filter(l -> l.contains(",CONTACT_DECISIONS_IN_TIMESCALE,"))
                .findFirst().orElseThrow()).contains(",-4.0,,");
    }

    @Test
    void benchmarksOfTheMonthsReportingYearStandBeside() {
        given().auth().oauth2(Tokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("england", 88.0, "statisticalNeighbours", 86.5, "source", "test"))
                .when().put("/api/v1/kpi-benchmarks/CONTACT_DECISIONS_IN_TIMESCALE/2020-21")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.forRole("board"))
                .when().get("/api/v1/scorecards/{la}/{month}", council, "2021-12")
                .then().statusCode(200)
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.benchmarkYear", equalTo("2020-21"))
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.england", equalTo(88.0f))
                .body("rows.find { it.kpiCode == 'CONTACT_DECISIONS_IN_TIMESCALE' }.statisticalNeighbours", equalTo(86.5f));
    }

    @Test
    void theSameTableAsCsv() {
        String csv = given().auth().oauth2(Tokens.forRole("analyst")).queryParam("format", "csv")
                .when().get("/api/v1/scorecards/{la}/{month}", council, "2021-11")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(20);
        assertThat(lines.get(0)).startsWith("local_authority,month,kpi_code,name,unit,polarity,value,numerator,denominator,");
        assertThat(lines).anyMatch(line -> line.startsWith(council + ",2021-11,CONTACT_DECISIONS_IN_TIMESCALE,"
                + "Contact decisions in timescale,PERCENT,HIGHER_IS_BETTER,97.0,97,100,"));
    }

    @Test
    void pollingWithTheEtagIsNotModified() {
        String etag = given().auth().oauth2(Tokens.forRole("analyst"))
                .when().get("/api/v1/scorecards/{la}/{month}", council, "2021-10")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.forRole("analyst")).header("If-None-Match", etag)
                .when().get("/api/v1/scorecards/{la}/{month}", council, "2021-10")
                .then().statusCode(304);
    }

    @Test
    void badOrUnknownCouncilsAndMonthsAreExplained() {
        given().auth().oauth2(Tokens.forRole("analyst"))
                .when().get("/api/v1/scorecards/{la}/{month}", council, "2021-13")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("month"));
        given().auth().oauth2(Tokens.forRole("analyst"))
                .when().get("/api/v1/scorecards/{la}/{month}", "Derby", "2021-12")
                .then().statusCode(400).body("violations[0].field", equalTo("localAuthority"));
        given().auth().oauth2(Tokens.forRole("analyst"))
                .when().get("/api/v1/scorecards/{la}/{month}", council, "1999-01")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/scorecards/{la}/{month}", council, "2021-12").then().statusCode(401);
    }
}
