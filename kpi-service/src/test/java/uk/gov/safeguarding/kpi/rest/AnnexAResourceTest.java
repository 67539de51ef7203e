package uk.gov.safeguarding.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.KpiFixtures;
import uk.gov.safeguarding.testsupport.Tokens;

/** Annex A lists as councils export them: figures follow, re-uploads replace, bad rows name their column. */
@QuarkusTest
class AnnexAResourceTest {

    private static final String LIST_7 = """
            Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,Child Protection Plan Start Date,Initial Category of Abuse,Latest Category of Abuse,Date of the Last Statutory Visit,Was the Child Seen Alone?,Date of latest review conference,Child Protection Plan End Date,Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N),Number of Previous Child Protection Plans,Allocated Team,Allocated Worker
            A1,F,WBRI,01/05/2015,5,N,04/01/2021,Neglect,Neglect,16/04/2021,Y,09/04/2021,,N,0,CP Team 1,Worker One
            B1,M,WBRI,01/05/2016,4,N,04/01/2021,Emotional abuse,Emotional abuse,15/04/2021,N,,,N,1,CP Team 2,Worker Two
            C1,M,WBRI,01/05/2016,4,N,04/01/2021,Neglect,Neglect,31/04/2021,N,,,N,0,CP Team 2,Worker Two
            ,M,WBRI,01/05/2016,4,N,04/01/2021,Neglect,Neglect,,N,,,N,0,CP Team 2,Worker Two
            D1,M,WBRI,01/05/2016,4,N,04/01/2021,Neglect,Neglect,,N,,01/01/2021,N,0,CP Team 2,Worker Two
            """;

    @Inject
    KpiFixtures fixtures;

    private static JsonPath upload(String list, String council, String csv, int status) {
        return given().auth().oauth2(Tokens.forRole("integration")).contentType("text/csv").body(csv)
                .queryParam("localAuthority", council)
                .when().post("/api/v1/annex-a/lists/{list}", list)
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void list7GivesChildProtectionVisitsAndReportsBadRowsByColumn() {
        String council = KpiFixtures.newCouncil();
        JsonPath report = upload("7", council, LIST_7, 200);
        assertThat(report.getInt("received")).isEqualTo(5);
        assertThat(report.getInt("failed")).isEqualTo(3);
        assertThat(report.getList("errors.item", Integer.class)).containsExactly(4, 5, 6);
        assertThat(report.getString("errors[0].field")).isEqualTo("Date of the Last Statutory Visit");
        assertThat(report.getString("errors[1].field")).isEqualTo("Child Unique ID");
        assertThat(report.getString("errors[2].field")).isEqualTo("Child Protection Plan End Date");
        assertThat(report.getString("errors[2].reason")).isEqualTo("must not be before startDate");

        fixtures.awaitRecomputed();
        JsonPath april = given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("kpi", "CP_VISITS_IN_TIMESCALE").queryParam("localAuthority", council)
                .queryParam("from", "2021-04").queryParam("to", "2021-04")
                .when().get("/api/v1/kpi-values").then().statusCode(200).extract().jsonPath();
        assertThat(april.getInt("items[0].numerator")).isEqualTo(1);
        assertThat(april.getInt("items[0].denominator")).isEqualTo(2);

        // The same file again: replaced, not doubled.
        upload("7", council, LIST_7, 200);
        fixtures.awaitRecomputed();
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("kpi", "CP_VISITS_IN_TIMESCALE").queryParam("localAuthority", council)
                .queryParam("from", "2021-04").queryParam("to", "2021-04")
                .when().get("/api/v1/kpi-values").then().statusCode(200)
                .body("items[0].denominator", equalTo(2));
    }

    @Test
    void list4GivesAssessmentsTimedFromTheirStart() {
        String council = KpiFixtures.newCouncil();
        String csv = """
                Child Unique ID,Continuous Assessment Start Date,Child Seen During Continuous Assessment,Continuous Assessment Date of Authorisation,Allocated Team,Allocated Worker
                A1,01/04/2021,Y,08/06/2021,Assessment 1,Worker One
                A2,01/04/2021,Y,09/06/2021,Assessment 1,Worker One
                A3,01/06/2021,Y,,Assessment 1,Worker One
                """;
        assertThat(upload("4", council, csv, 200).getInt("failed")).isZero();
        fixtures.awaitRecomputed();
        given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("kpi", "SINGLE_ASSESSMENTS_IN_TIMESCALE").queryParam("localAuthority", council)
                .when().get("/api/v1/kpi-values").then().statusCode(200)
                .body("items[0].month", equalTo("2021-06"))
                .body("items[0].numerator", equalTo(1)).body("items[0].denominator", equalTo(2));
    }

    @Test
    void aFileWithoutTheListsColumnsOrAnUnknownListIsRefused() {
        String council = KpiFixtures.newCouncil();
        assertThat(upload("8", council, "Child Unique ID,Gender\nA1,F\n", 400).getString("violations[0].message"))
                .contains("Date Started to be Looked After");
        upload("9", council, "Child Unique ID\nA1\n", 400);
        given().auth().oauth2(Tokens.forRole("integration")).contentType("text/csv").body("Child Unique ID\nA1\n")
                .when().post("/api/v1/annex-a/lists/{list}", "7")
                .then().statusCode(400).body("violations.field", hasItem("localAuthority"));
        given().auth().oauth2(Tokens.forRole("board")).contentType("text/csv").body("x\n")
                .queryParam("localAuthority", council)
                .when().post("/api/v1/annex-a/lists/{list}", "7")
                .then().statusCode(403);
    }
}
