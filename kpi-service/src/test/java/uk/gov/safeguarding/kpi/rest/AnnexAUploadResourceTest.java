package uk.gov.safeguarding.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.imports.Workbook;
import uk.gov.safeguarding.kpi.KpiFixtures;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.TopicReader;
import uk.gov.safeguarding.testsupport.annexa.AnnexAWorkbooks;

/** The Annex A workbook as councils fill it in (or one list as CSV), loaded with one request and read after the answer. */
@QuarkusTest
class AnnexAUploadResourceTest {

    @Inject
    DataSource dataSource;

    private static String start(String council, Path workbook) throws Exception {
        return given().auth().oauth2(Tokens.forRole("integration")).contentType(Workbook.MEDIA_TYPE)
                .body(Files.readAllBytes(workbook)).queryParam("localAuthority", council)
                .when().post("/api/v1/annex-a/uploads")
                .then().statusCode(202).header("Location", containsString("/api/v1/annex-a/uploads/"))
                .body("status", equalTo("QUEUED")).body("format", equalTo("XLSX"))
                .extract().path("id");
    }

    private static JsonPath awaitFinished(String id) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String status = given().auth().oauth2(Tokens.forRole("analyst"))
                    .when().get("/api/v1/annex-a/uploads/{id}", id).then().statusCode(200).extract().path("status");
            return "COMPLETED".equals(status) || "FAILED".equals(status);
        });
        return given().auth().oauth2(Tokens.forRole("analyst"))
                .when().get("/api/v1/annex-a/uploads/{id}", id).then().extract().jsonPath();
    }

    private static JsonPath errors(String id) {
        return given().auth().oauth2(Tokens.forRole("integration"))
                .when().get("/api/v1/annex-a/uploads/{id}/errors", id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyRowOfListsThreeToEightIsStoredAndTheOtherListsAreSkipped() throws Exception {
        String council = KpiFixtures.newCouncil();
        Path file = AnnexAWorkbooks.write(Files.createTempFile("template", ".xlsx"), AnnexAWorkbooks.template("WB"));
        String id = start(council, file);
        JsonPath run = awaitFinished(id);
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getString("localAuthority")).isEqualTo(council);

        // every sheet in the workbook's order (11 down to 1), told by its header: "Referrals" is List 3 and
        // "CLA" List 8, whatever their place
        assertThat(run.getList("sheets.list", Integer.class)).containsExactly(11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(run.getList("sheets.findAll { it.read }.list", Integer.class)).containsExactly(8, 7, 6, 5, 4, 3);
        assertThat(run.getList("sheets.findAll { it.read }.sheet", String.class)).contains("CLA", "Referrals");
        for (int list = 3; list <= 8; list++) {
            String sheet = "sheets.find { it.list == " + list + " }.";
            assertThat(run.getInt(sheet + "rowsRead")).as("List " + list).isEqualTo(3);
            assertThat(run.getInt(sheet + "rowsStored")).as("List " + list).isEqualTo(3);
            assertThat(run.getInt(sheet + "rowsFailed")).isZero();
            assertThat(run.getString(sheet + "skippedReason")).isNull();
        }
        // List 8: three episodes, three visits, two reviews; List 7: three plans, three visits, two reviews
        assertThat(run.getInt("sheets.find { it.list == 8 }.recordsStored")).isEqualTo(8);
        assertThat(run.getInt("sheets.find { it.list == 7 }.recordsStored")).isEqualTo(8);
        assertThat(run.getLong("rowsRead")).isEqualTo(18);
        assertThat(run.getLong("rowsStored")).isEqualTo(18);
        assertThat(run.getLong("rowsFailed")).isZero();
        assertThat(run.getString("sheets.find { it.list == 1 }.skippedReason"))
                .isEqualTo("List 1 (contacts) is not used by this service");
        assertThat(run.getBoolean("sheets.find { it.list == 1 }.read")).isFalse();

        assertThat(count(council, "CLA_EPISODE")).isEqualTo(3);
        assertThat(count(council, "CP_VISIT")).isEqualTo(3);
        assertThat(count(council, "REFERRAL")).isEqualTo(3);
        assertThat(values(council, "CLA_EPISODE", "placement_type")).containsExactlyInAnyOrder("U6", "U4", "K2");
        assertThat(values(council, "CP_VISIT", "seen_alone")).containsExactlyInAnyOrder("true", "false", "true");
        assertThat(values(council, "REFERRAL", "source")).containsExactlyInAnyOrder("6", "1A", "2A");
        assertThat(values(council, "CP_VISIT", "event_date")).contains("2021-04-12"); // a serial day number

        // The worker's chunks are in the activity log in the uploader's name, naming the children.
        try (TopicReader reader = new TopicReader(ActivityLog.TOPIC)) {
            String entry = reader.await(r -> r.value().contains("\"annex-a-upload.rows-stored\"")
                    && r.value().contains(id), Duration.ofSeconds(20)).value();
            assertThat(entry).contains("\"actor\":\"test-integration\"").contains("WB1");
        }

        // the same workbook again replaces, never doubles
        assertThat(awaitFinished(start(council, file)).getLong("rowsStored")).isEqualTo(18);
        assertThat(count(council, "CLA_EPISODE")).isEqualTo(3);

        given().auth().oauth2(Tokens.forRole("analyst")).queryParam("size", 200)
                .when().get("/api/v1/annex-a/uploads")
                .then().statusCode(200).body("items.id", hasItem(id));
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
        String id = start(council, AnnexAWorkbooks.write(Files.createTempFile("bad", ".xlsx"), lists));
        JsonPath run = awaitFinished(id);
        assertThat(run.getInt("sheets[0].rowsFailed")).isEqualTo(1);
        assertThat(run.getInt("sheets[0].rowsStored")).isEqualTo(2);
        JsonPath errors = errors(id);
        assertThat(errors.getInt("totalItems")).isEqualTo(1);
        assertThat(errors.getString("items[0].column")).isEqualTo(column);
        assertThat(errors.getString("items[0].reason")).contains(bad.substring(0, 3));
        assertThat(errors.getInt("items[0].line")).isEqualTo(2);
        assertThat(errors.getString("items[0].sheet")).isEqualTo(run.getString("sheets[0].sheet"));
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
        String id = start(council, AnnexAWorkbooks.write(Files.createTempFile("end", ".xlsx"), lists));
        JsonPath run = awaitFinished(id);
        assertThat(run.getInt("rowsFailed")).isEqualTo(1);
        assertThat(errors(id).getString("items[0].column")).isEqualTo("Date Ceased to be Looked After");
        assertThat(childRecords(council, "END1")).isZero();
        assertThat(run.getInt("recordsStored")).isEqualTo(5);
    }

    @Test
    void oneListAsCsvIsReadTheSameWay() {
        String council = KpiFixtures.newCouncil();
        String csv = """
                \uFEFFChild Unique ID,Gender,Child Protection Plan Start Date,Initial Category of Abuse,Latest Category of Abuse,Date of the Last Statutory Visit,Was the Child Seen Alone?,Date of latest review conference,Child Protection Plan End Date,Number of Previous Child Protection Plans,Allocated Team,Allocated Worker\r
                CSV1,F,04/01/2021,Neglect,b) PHY: Physical abuse,16/04/2021,a) Yes,09/04/2021,,0,CP Team 1,Worker A\r
                CSV2,M,05/01/2021,Emotional abuse,NEG,16/04/2021,Maybe,09/04/2021,,0,CP Team 1,Worker A\r
                """;
        String id = given().auth().oauth2(Tokens.forRole("analyst")).contentType("text/csv").body(csv)
                .queryParam("localAuthority", council).queryParam("list", "7")
                .when().post("/api/v1/annex-a/uploads")
                .then().statusCode(202).body("format", equalTo("CSV")).body("list", equalTo(7))
                .extract().path("id");
        JsonPath run = awaitFinished(id);
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getLong("rowsRead")).isEqualTo(2);
        assertThat(run.getLong("rowsStored")).isEqualTo(1);
        assertThat(run.getLong("rowsFailed")).isEqualTo(1);
        assertThat(run.getList("sheets")).isEmpty();
        JsonPath errors = errors(id);
        assertThat(errors.getString("items[0].sheet")).isNull();
        assertThat(errors.getInt("items[0].line")).isEqualTo(3);
        assertThat(errors.getString("items[0].column")).isEqualTo("Was the Child Seen Alone?");
    }

    @Test
    void aFileThatCannotBeUsedFailsTheUploadSayingWhy() throws Exception {
        String council = KpiFixtures.newCouncil();
        String notAWorkbook = given().auth().oauth2(Tokens.forRole("integration")).contentType(Workbook.MEDIA_TYPE)
                .body("Child Unique ID,Date of referral\n".getBytes()).queryParam("localAuthority", council)
                .when().post("/api/v1/annex-a/uploads").then().statusCode(202).extract().path("id");
        JsonPath run = awaitFinished(notAWorkbook);
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("message")).contains("not an Excel workbook");

        Map<Integer, List<Map<String, Object>>> lists = AnnexAWorkbooks.template("NONE");
        lists.keySet().retainAll(List.of(1, 2));
        run = awaitFinished(start(council, AnnexAWorkbooks.write(Files.createTempFile("none", ".xlsx"), lists)));
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("message")).contains("3 to 8");
        assertThat(run.getList("sheets.skippedReason")).hasSize(2).doesNotContainNull();

        String noColumns = given().auth().oauth2(Tokens.forRole("integration")).contentType("text/csv")
                .body("Child Unique ID,Gender\nX1,F\n").queryParam("localAuthority", council).queryParam("list", "5")
                .when().post("/api/v1/annex-a/uploads").then().statusCode(202).extract().path("id");
        run = awaitFinished(noColumns);
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("message")).contains("needs the columns");
    }

    @Test
    void refusesWhatItCannotStart() {
        String council = KpiFixtures.newCouncil();
        given().auth().oauth2(Tokens.forRole("integration")).contentType("text/csv").body("a,b\n")
                .queryParam("localAuthority", council)
                .when().post("/api/v1/annex-a/uploads")
                .then().statusCode(400).body("violations[0].field", equalTo("list"));
        given().auth().oauth2(Tokens.forRole("integration")).contentType(Workbook.MEDIA_TYPE).body(new byte[] {1})
                .queryParam("localAuthority", council).queryParam("list", "7")
                .when().post("/api/v1/annex-a/uploads")
                .then().statusCode(400).body("violations[0].field", equalTo("list"));
        given().auth().oauth2(Tokens.forRole("integration")).contentType("text/csv").body("a,b\n")
                .queryParam("localAuthority", council).queryParam("list", "9")
                .when().post("/api/v1/annex-a/uploads")
                .then().statusCode(400).body("violations[0].field", equalTo("list"));
        given().auth().oauth2(Tokens.forRole("practitioner")).contentType("text/csv").body("a,b\n")
                .queryParam("localAuthority", council).queryParam("list", "7")
                .when().post("/api/v1/annex-a/uploads")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.forRole("analyst"))
                .when().get("/api/v1/annex-a/uploads/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404);
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
