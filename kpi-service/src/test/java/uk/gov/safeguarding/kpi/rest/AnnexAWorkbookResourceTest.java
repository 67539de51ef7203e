package uk.gov.safeguarding.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.safeguarding.chassis.imports.Workbook;
import uk.gov.safeguarding.kpi.KpiFixtures;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.annexa.AnnexAWorkbooks;

/** The Annex A workbook as councils fill it in, loaded with one request. */
@QuarkusTest
class AnnexAWorkbookResourceTest {

    @Inject
    DataSource dataSource;

    private static JsonPath upload(String council, Path workbook, int status) throws Exception {
        return given().auth().oauth2(Tokens.forRole("integration")).contentType(Workbook.MEDIA_TYPE)
                .body(Files.readAllBytes(workbook)).queryParam("localAuthority", council)
                .when().post("/api/v1/annex-a/workbooks")
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void everyRowOfListsThreeToEightIsStoredAndTheOtherListsAreSkipped() throws Exception {
        String council = KpiFixtures.newCouncil();
        Path file = AnnexAWorkbooks.write(Files.createTempFile("template", ".xlsx"), AnnexAWorkbooks.template("WB"));
        JsonPath report = upload(council, file, 200);

        // sheets are told by their header: "Referrals" is List 3 and "CLA" List 8, whatever their place
        assertThat(report.getList("lists.list", Integer.class)).containsExactly(8, 7, 6, 5, 4, 3);
        assertThat(report.getList("lists.sheet", String.class)).contains("CLA", "Referrals");
        for (int i = 0; i < 6; i++) {
            assertThat(report.getInt("lists[" + i + "].report.received")).as(report.getString("lists[" + i + "].sheet"))
                    .isEqualTo(3);
            assertThat(report.getInt("lists[" + i + "].report.stored")).isEqualTo(3);
            assertThat(report.getInt("lists[" + i + "].report.failed")).isZero();
        }
        // List 8: three episodes, three visits, two reviews; List 7: three plans, three visits, two reviews
        assertThat(report.getInt("lists[0].report.recordsStored")).isEqualTo(8);
        assertThat(report.getInt("lists[1].report.recordsStored")).isEqualTo(8);
        assertThat(report.getList("skipped.list", Integer.class)).containsExactlyInAnyOrder(11, 10, 9, 2, 1);
        assertThat(report.getString("skipped.find { it.list == 1 }.reason"))
                .isEqualTo("List 1 (contacts) is not used by this service");

        assertThat(count(council, "CLA_EPISODE")).isEqualTo(3);
        assertThat(count(council, "CP_VISIT")).isEqualTo(3);
        assertThat(count(council, "REFERRAL")).isEqualTo(3);
        assertThat(values(council, "CLA_EPISODE", "placement_type")).containsExactlyInAnyOrder("U6", "U4", "K2");
        assertThat(values(council, "CP_VISIT", "seen_alone")).containsExactlyInAnyOrder("true", "false", "true");
        assertThat(values(council, "REFERRAL", "source")).containsExactlyInAnyOrder("6", "1A", "2A");
        assertThat(values(council, "CP_VISIT", "event_date")).contains("2021-04-12"); // a serial day number

        // the same workbook again replaces, never doubles
        upload(council, file, 200);
        assertThat(count(council, "CLA_EPISODE")).isEqualTo(3);
    }

    @ParameterizedTest(name = "List {0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "3|Referral Source|q) 66: Somewhere", "4|Continuous Assessment Start Date|31/02/2021",
            "5|Was an Initial Child Protection Conference deemed unnecessary?|Perhaps",
            "6|CIN Start Date|yesterday", "7|Was the Child Seen Alone?|Maybe", "8|Placement Type|U9: Somewhere"})
    void aRowWithOneBadValueStoresNothing(int list, String column, String bad) throws Exception {
        String council = KpiFixtures.newCouncil();
        Map<Integer, List<Map<String, Object>>> lists = AnnexAWorkbooks.template("BAD");
        lists.keySet().retainAll(List.of(list));
        lists.get(list).get(0).put(column, bad);
        JsonPath report = upload(council, AnnexAWorkbooks.write(Files.createTempFile("bad", ".xlsx"), lists), 200);
        assertThat(report.getInt("lists[0].report.failed")).isEqualTo(1);
        assertThat(report.getInt("lists[0].report.stored")).isEqualTo(2);
        assertThat(report.getString("lists[0].report.errors[0].field")).isEqualTo(column);
        assertThat(report.getString("lists[0].report.errors[0].reason")).contains(bad.substring(0, 3));
        assertThat(report.getInt("lists[0].report.errors[0].item")).isEqualTo(2);
        assertThat(childRecords(council, "BAD1")).as("records of the refused row").isZero();
        assertThat(childRecords(council, "BAD2")).isPositive();
    }

    @Test
    void aRefusedEpisodeTakesItsVisitAndReviewWithIt() throws Exception {
        String council = KpiFixtures.newCouncil();
        Map<Integer, List<Map<String, Object>>> lists = AnnexAWorkbooks.template("END");
        lists.keySet().retainAll(List.of(8));
        // readable, but ended before it started: the rules refuse the episode, and so the whole row
        lists.get(8).get(0).put("Date Ceased to be Looked After", "01/01/2020");
        JsonPath report = upload(council, AnnexAWorkbooks.write(Files.createTempFile("end", ".xlsx"), lists), 200);
        assertThat(report.getInt("lists[0].report.failed")).isEqualTo(1);
        assertThat(report.getString("lists[0].report.errors[0].field")).isEqualTo("Date Ceased to be Looked After");
        assertThat(childRecords(council, "END1")).isZero();
        assertThat(report.getInt("lists[0].report.recordsStored")).isEqualTo(5);
    }

    @Test
    void aBodyThatIsNotAWorkbookIsRefused() {
        given().auth().oauth2(Tokens.forRole("integration")).contentType(Workbook.MEDIA_TYPE)
                .body("Child Unique ID,Date of referral\n".getBytes())
                .queryParam("localAuthority", KpiFixtures.newCouncil())
                .when().post("/api/v1/annex-a/workbooks")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private long count(String council, String kind) throws Exception {
        return count("SELECT count(*) FROM practice_record WHERE local_authority = ? AND kind = ?", council, kind);
    }

    private long childRecords(String council, String child) throws Exception {
        return count("SELECT count(*) FROM practice_record WHERE local_authority = ? AND child_ref = ?", council, child);
    }

    private long count(String sql, String... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private List<String> values(String council, String kind, String column) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT " + column + "::text FROM practice_record WHERE local_authority = ? AND kind = ?")) {
            s.setString(1, council);
            s.setString(2, kind);
            try (ResultSet r = s.executeQuery()) {
                List<String> values = new java.util.ArrayList<>();
                while (r.next()) {
                    values.add(r.getString(1));
                }
                return values;
            }
        }
    }
}
