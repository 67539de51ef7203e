package uk.gov.safeguarding.audit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.RecordSources;
import uk.gov.safeguarding.audit.domain.sampling.DipSample;
import uk.gov.safeguarding.audit.domain.sampling.Population;
import uk.gov.safeguarding.audit.domain.sampling.Redraw;
import uk.gov.safeguarding.audit.domain.sampling.SampleFile;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.TopicReader;

@QuarkusTest
class SampleResourceTest {

    private static RecordSources sources;

    @BeforeAll
    static void standIn() throws Exception {
        sources = new RecordSources();
    }

    @AfterAll
    static void closeStandIn() {
        sources.close();
    }

    @BeforeEach
    void clear() {
        sources.clear();
    }

    @Test
    void aPopulationOfContactsIsFetchedWithTheServicesOwnTokenPageByPageAsChildrenInTheOrderFound() {
        // 450 contacts over three pages; children repeat across contacts; one contact has two children
        for (int i = 0; i < 450; i++) {
            sources.contact("c" + i, "2021-06-01T10:00:00Z", "FF" + (i % 300), "2015-03");
        }
        sources.contact("c450", "2021-06-02T10:00:00Z", "FFBABY", "2021-01", "FFUNBORN", null);
        JsonPath sample = draw(Map.of("localAuthority", "E06000015", "title", "Family contacts, two or more earlier",
                "size", 20, "seed", DICE, "populationQuery", Map.of("source", "CONTACTS", "contactSource", "1A",
                        "minEarlierContacts", 2, "receivedFrom", "2021-01-01", "receivedTo", "2021-12-31")), 201);
        List<String> expected = new java.util.ArrayList<>();
        IntStream.range(0, 300).forEach(i -> expected.add("FF" + i));
        expected.add("FFBABY");
        expected.add("FFUNBORN");
        assertThat(sample.getInt("populationSize")).isEqualTo(302);
        assertThat(sample.getString("populationSource")).isEqualTo("CONTACTS");
        assertThat(sample.getString("populationSha256")).isEqualTo(new Population(expected).sha256());
        assertThat(sample.getString("populationFilter")).contains("\"contactSource\":\"1A\"")
                .contains("\"minEarlierContacts\":2").doesNotContain("kind");
        assertThat(sample.getList("cases.caseId", String.class))
                .isEqualTo(DipSample.seeded(DICE).draw(expected, 20).stream().map(DipSample.Ticket::caseId).toList());
        // every page asked with its filter, oldest first, by audit-service's own token
        assertThat(sources.requests).hasSize(3).allSatisfy(r -> {
            assertThat(r).containsEntry("sub", "audit-service").containsEntry("source", "1A")
                    .containsEntry("minEarlierContacts", "2").containsEntry("receivedFrom", "2021-01-01")
                    .containsEntry("sort", "receivedAt").containsEntry("localAuthority", "E06000015");
        });
        assertThat(sources.requests.stream().map(r -> r.get("page")).toList()).containsExactly("0", "1", "2");
    }

    @Test
    void youngerChildrenAreThoseUnderTheAgeAskedWhenTheContactCameIn() {
        sources.contact("a", "2021-06-15T10:00:00Z", "OLDER", "2019-06", "YOUNGER", "2019-07", "UNBORN", null);
        JsonPath sample = draw(Map.of("localAuthority", "E06000015", "title", "Under twos", "size", 5,
                "populationQuery", Map.of("source", "CONTACTS", "childUnderMonths", 24)), 201);
        assertThat(sample.getList("cases.caseId", String.class)).containsExactlyInAnyOrder("YOUNGER", "UNBORN");
    }

    @Test
    void aPopulationOfPracticeRecordsIsFetchedByKeysetPages() {
        for (int i = 0; i < 2_500; i++) {
            sources.record(String.format("S47-%05d", i), "CH" + (i % 2_000));
        }
        JsonPath sample = draw(Map.of("localAuthority", "E06000015", "title", "s47 enquiries open over 10 working days",
                "size", 10, "populationQuery", Map.of("source", "PRACTICE_RECORDS", "kind", "S47_ENQUIRY",
                        "openOnly", true, "minWorkingDays", 11)), 201);
        assertThat(sample.getInt("populationSize")).isEqualTo(2_000);
        assertThat(sources.requests).hasSize(3).allSatisfy(r -> assertThat(r).containsEntry("kind", "S47_ENQUIRY")
                .containsEntry("openOnly", "true").containsEntry("minWorkingDays", "11")
                .containsEntry("path", "/api/v1/practice-records"));
        assertThat(sources.requests.get(1)).containsEntry("after", "S47-00999");
    }

    @Test
    void aPopulationQueryIsRefusedPlainlyAndASourceThatCannotAnswerIsNotOurFailure() {
        draw(Map.of("localAuthority", "E06000015", "title", "Both", "size", 1, "population", List.of("A"),
                "populationQuery", Map.of("source", "CONTACTS")), 400);
        draw(Map.of("localAuthority", "E06000015", "title", "Neither", "size", 1), 400);
        given().auth().oauth2(Tokens.forRole("auditor")).contentType("application/json")
                .body(Map.of("localAuthority", "E06000015", "title", "Wrong filter", "size", 1,
                        "populationQuery", Map.of("source", "CONTACTS", "kind", "CP_PLAN")))
                .when().post("/api/v1/samples").then().statusCode(400)
                .body("violations[0].field", equalTo("populationQuery.kind"));
        given().auth().oauth2(Tokens.forRole("auditor")).contentType("application/json")
                .body(Map.of("localAuthority", "E06000015", "title", "No kind", "size", 1,
                        "populationQuery", Map.of("source", "PRACTICE_RECORDS")))
                .when().post("/api/v1/samples").then().statusCode(400)
                .body("violations[0].field", equalTo("populationQuery.kind"));
        // nothing found is nothing to draw from
        draw(Map.of("localAuthority", "E06000015", "title", "Empty", "size", 1,
                "populationQuery", Map.of("source", "CONTACTS")), 400);
        sources.contact("a", "2021-06-15T10:00:00Z", "X1", "2015-01");
        sources.failWith(400);
        given().auth().oauth2(Tokens.forRole("auditor")).contentType("application/json")
                .body(Map.of("localAuthority", "E06000015", "title", "Refused", "size", 1,
                        "populationQuery", Map.of("source", "CONTACTS")))
                .when().post("/api/v1/samples").then().statusCode(400)
                .body("violations[0].field", equalTo("populationQuery"))
                .body("violations[0].message", containsString("contacts-service refused the filter"));
        sources.failWith(503);
        draw(Map.of("localAuthority", "E06000015", "title", "Down", "size", 1,
                "populationQuery", Map.of("source", "CONTACTS")), 503);
    }

    private static final String DICE = "01382438112797316654";
    /** The population consistent_sampler drew the vectors in consistent-sampler-vectors.csv from. */
    private static final List<String> VECTOR_POPULATION = IntStream.rangeClosed(1, 300)
            .mapToObj(i -> String.format("DB%07d", (i * 7919L) % 10_000_000)).toList();

    private static JsonPath draw(Map<String, Object> body, int status) {
        return given().auth().oauth2(Tokens.forRole("auditor")).contentType("application/json").body(body)
                .when().post("/api/v1/samples").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void drawsTheCasesConsistentSamplerDrawsKeepsThemFirstWhenExtendedAndReDrawsThem() throws Exception {
        List<String> expected = vectorCases(DICE);
        JsonPath sample;
        try (TopicReader reader = new TopicReader(Topics.AUDITS)) {
            sample = draw(Map.of("localAuthority", "831", "title", "Contacts by family and friends, three or more",
                    "population", VECTOR_POPULATION, "seed", DICE, "size", 20), 201);
            String id = sample.getString("id");
            String event = reader.await(r -> r.value().contains(id), Duration.ofSeconds(20)).value();
            assertThat(event).contains("\"populationSha256\":\"" + sample.getString("populationSha256") + "\"")
                    .doesNotContain("family and friends").doesNotContain(expected.get(0));
        }
        assertThat(sample.getString("localAuthority")).isEqualTo("E06000015");
        assertThat(sample.getString("seedSource")).isEqualTo("GIVEN");
        assertThat(sample.getString("algorithm")).isEqualTo("consistent-sampler");
        assertThat(sample.getInt("populationSize")).isEqualTo(300);
        assertThat(sample.getString("populationSha256")).isEqualTo(new Population(VECTOR_POPULATION).sha256());
        assertThat(sample.getList("cases.caseId", String.class)).containsExactlyElementsOf(expected.subList(0, 20));
        String id = sample.getString("id");

        JsonPath extended = given().auth().oauth2(Tokens.forRole("auditor")).contentType("application/json")
                .body(Map.of("size", 25)).when().post("/api/v1/samples/{id}/extend", id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(extended.getList("cases.caseId", String.class)).containsExactlyElementsOf(expected);
        assertThat(extended.getInt("size")).isEqualTo(25);

        given().auth().oauth2(Tokens.forRole("board")).when().post("/api/v1/samples/{id}/verify", id)
                .then().statusCode(200).body("matches", equalTo(true)).body("differences.size()", equalTo(0));

        String file = given().auth().oauth2(Tokens.forRole("auditor")).when().get("/api/v1/samples/{id}/export", id)
                .then().statusCode(200).header("Content-Disposition", containsString("sample-")).extract().asString();
        SampleFile exported = SampleFile.parse(file);
        assertThat(exported.population()).containsExactlyElementsOf(VECTOR_POPULATION);
        Redraw.Result offline = Redraw.check(new Population(exported.population()), exported.populationSha256(),
                exported.seed(), exported.drawn());
        assertThat(offline.matches()).isTrue();

        // the stored population changed behind the service's back: the re-draw says so
        java.io.ByteArrayOutputStream changed = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(changed)) {
            for (String caseId : VECTOR_POPULATION) {
                out.write(((caseId.equals(VECTOR_POPULATION.get(0)) ? "DB9999999" : caseId) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        try (Connection owner = owner(); PreparedStatement s = owner.prepareStatement(
                "UPDATE sample_population SET case_ids = ? WHERE sample_id = ?::uuid")) {
            s.setBytes(1, changed.toByteArray());
            s.setString(2, id);
            s.executeUpdate();
        }
        given().auth().oauth2(Tokens.forRole("auditor")).when().post("/api/v1/samples/{id}/verify", id)
                .then().statusCode(200).body("matches", equalTo(false)).body("populationMatches", equalTo(false));
    }

    @Test
    void worksTheSizeOutForAProportionAndDrawsASeedWhenNoneIsGiven() {
        List<String> population = IntStream.range(0, 1_000).mapToObj(i -> "CASE-" + i).toList();
        JsonPath sample = draw(Map.of("localAuthority", "E06000015", "title", "CP plans of two years or more",
                "population", population, "confidence", 0.95, "margin", 0.1), 201);
        assertThat(sample.getInt("size")).isEqualTo(88);
        assertThat(sample.getDouble("sizeBasis.expectedProportion")).isEqualTo(0.5);
        assertThat(sample.getString("seedSource")).isEqualTo("SECURE_RANDOM");
        assertThat(sample.getString("seed")).matches("[0-9]{24}");
        assertThat(sample.getList("cases")).hasSize(88);
        given().auth().oauth2(Tokens.forRole("manager")).queryParam("localAuthority", "E06000015")
                .when().get("/api/v1/samples").then().statusCode(200)
                .body("items.find { it.id == '" + sample.getString("id") + "' }.cases.size()", equalTo(0));
    }

    @Test
    void refusesWhatCannotBeDrawnNamingTheField() {
        Map<String, Object> good = Map.of("localAuthority", "E06000015", "title", "t", "population", List.of("A1", "A2"),
                "seed", DICE, "size", 1);
        assertThat(draw(with(good, "seed", "12345"), 400).getString("violations[0].field")).isEqualTo("seed");
        assertThat(draw(with(good, "population", List.of("A1", "A1")), 400).getString("violations[0].field"))
                .isEqualTo("population");
        assertThat(draw(with(good, "population", List.of("A 1")), 400).getString("violations[0].field"))
                .startsWith("population");
        assertThat(draw(with(good, "size", null), 400).getString("violations[0].field")).isEqualTo("size");
        assertThat(draw(with(with(good, "size", null), "confidence", 0.95), 400).getString("violations[0].field"))
                .isEqualTo("margin");
        given().auth().oauth2(Tokens.forRole("practitioner")).contentType("application/json").body(good)
                .when().post("/api/v1/samples").then().statusCode(403);
        given().auth().oauth2(Tokens.forRole("auditor")).when().get("/api/v1/samples/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404);
        String id = draw(good, 201).getString("id");
        given().auth().oauth2(Tokens.forRole("auditor")).contentType("application/json").body(Map.of("size", 1))
                .when().post("/api/v1/samples/{id}/extend", id).then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(body);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return changed;
    }

    private static List<String> vectorCases(String seed) throws Exception {
        try (InputStream in = SampleResourceTest.class.getResourceAsStream("/consistent-sampler-vectors.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith(seed + ",")).map(line -> line.split(",")[2]).toList();
        }
    }

    private static Connection owner() throws java.sql.SQLException {
        return DriverManager.getConnection(System.getProperty("audit.test.owner.url"),
                System.getProperty("audit.test.owner.user"), System.getProperty("audit.test.owner.password"));
    }
}
