package uk.gov.safeguarding.kpi.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.Tokens;

/** Benchmarks by API and CSV: valid rows stored, failed rows reported with line, field and reason. */
@QuarkusTest
class BenchmarkResourceTest {

    @Test
    void putsOneAndReadsItBack() {
        given().auth().oauth2(Tokens.forSubject("analyst-3", "analyst")).contentType(ContentType.JSON)
                .body(Map.of("statisticalNeighbours", 79.6, "england", 81.4, "source", "DfE 2024-25"))
                .when().put("/api/v1/kpi-benchmarks/icpc_in_timescale/2024-25")
                .then().statusCode(200)
                .body("kpiCode", equalTo("ICPC_IN_TIMESCALE")).body("year", equalTo("2024-25"))
                .body("england", equalTo(81.4f)).body("loadedBy", equalTo("analyst-3"));
        given().auth().oauth2(Tokens.forRole("board")).queryParam("kpi", "ICPC_IN_TIMESCALE")
                .when().get("/api/v1/kpi-benchmarks")
                .then().statusCode(200)
                .body("items.year", hasItem("2024-25"));
    }

    @Test
    void loadsACsvAndReportsTheRowsItCouldNotStore() {
        String csv = """
                kpi_code,year,statistical_neighbours,england,source
                SINGLE_ASSESSMENTS_IN_TIMESCALE,2023-24,84.1,85.7,DfE CIN census
                CP_PLANS_ENDED_2_YEARS_PLUS,2023-24,,4.4%,DfE CIN census
                NOT_A_KPI,2023-24,1,2,x
                ICPC_IN_TIMESCALE,2023-25,1,2,x
                ICPC_IN_TIMESCALE,2023-24,lots,2,x
                ICPC_IN_TIMESCALE,2023-24,,,x
                """;
        given().auth().oauth2(Tokens.forRole("admin")).contentType("text/csv").body(csv)
                .when().post("/api/v1/kpi-benchmarks")
                .then().statusCode(200)
                .body("rowsRead", equalTo(6)).body("stored", equalTo(2)).body("failed", equalTo(4))
                .body("errors", hasSize(4))
                .body("errors[0].line", equalTo(4)).body("errors[0].field", equalTo("kpi_code"))
                .body("errors[1].line", equalTo(5)).body("errors[1].field", equalTo("year"))
                .body("errors[2].line", equalTo(6)).body("errors[2].field", equalTo("statistical_neighbours"))
                .body("errors[3].line", equalTo(7)).body("errors[3].field", equalTo("england"));
        given().auth().oauth2(Tokens.forRole("board")).queryParam("kpi", "CP_PLANS_ENDED_2_YEARS_PLUS")
                .when().get("/api/v1/kpi-benchmarks")
                .then().statusCode(200)
                .body("items.find { it.year == '2023-24' }.england", equalTo(4.4f));
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedWhole() {
        given().auth().oauth2(Tokens.forRole("admin")).contentType("text/csv").body("kpi,value\nICPC_IN_TIMESCALE,3\n")
                .when().post("/api/v1/kpi-benchmarks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("header"));
    }

    @Test
    void onlyAdministratorsAndAnalystsLoadBenchmarks() {
        given().auth().oauth2(Tokens.forRole("board")).contentType(ContentType.JSON)
                .body(Map.of("england", 80))
                .when().put("/api/v1/kpi-benchmarks/ICPC_IN_TIMESCALE/2024-25")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("england", 80))
                .when().put("/api/v1/kpi-benchmarks/ICPC_IN_TIMESCALE/2024")
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("england", 80))
                .when().put("/api/v1/kpi-benchmarks/NO_SUCH/2024-25")
                .then().statusCode(404);
    }
}
