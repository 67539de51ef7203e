package uk.gov.safeguarding.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.actionplan.domain.RecommendationTable.Defaults;
import uk.gov.safeguarding.actionplan.domain.RecommendationTable.Layout;
import uk.gov.safeguarding.actionplan.domain.RecommendationTable.Reading;
import uk.gov.safeguarding.actionplan.domain.RecommendationTable.Row;

class RecommendationTableTest {

    private static final Function<String, Optional<LocalDate>> ISO = text -> {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    };

    /** Derby Safeguarding Children Board's review of the Haringey JAR findings, transcribed from the seed. */
    @Test
    void derbysReviewOfTheHaringeyJarFindingsIsReadWholeByItsHeaders() throws Exception {
        Table derby = table("/fixtures/derby-haringey-jar-review.csv");
        Layout layout = RecommendationTable.layout(derby.header());
        assertThat(layout.columns()).containsEntry(RecommendationColumn.NUMBER, 0).containsEntry(RecommendationColumn.REFERENCES, 2)
                .containsEntry(RecommendationColumn.ISSUE, 3).containsEntry(RecommendationColumn.ACTION, 4);
        assertThat(layout.unknown()).containsExactly("Section");

        Reading reading = RecommendationTable.read(layout, derby.rows(),
                new Defaults("dscb-business-manager", LocalDate.of(2009, 9, 30)), ISO);

        assertThat(reading.refused()).isEmpty();
        assertThat(reading.rows()).hasSize(38);
        assertThat(reading.rows()).extracting(r -> r.recommendation().number())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 38).mapToObj(String::valueOf).toList());
        var twentyThree = reading.rows().get(22);
        assertThat(twentyThree.recommendation().references().asText()).containsExactly("39", "40", "54-57");
        assertThat(twentyThree.recommendation().theme()).isEqualTo("Matters for inclusion in the Workforce Development Plan:");
        assertThat(twentyThree.action()).get().satisfies(a -> {
            assertThat(a.what()).startsWith("• Work is in hand on the further development");
            assertThat(a.owner()).isEqualTo("dscb-business-manager");
            assertThat(a.dueDate()).isEqualTo(LocalDate.of(2009, 9, 30));
            assertThat(a.key()).isEqualTo("23#1");
        });
        assertThat(reading.rows().get(0).recommendation().references().asText()).containsExactly("11", "15", "52");
        assertThat(reading.rows().get(10).recommendation().references().references()).isEmpty();
    }

    @Test
    void withoutAnOwnerOrDateAnActionRowIsRefusedNamingTheColumnAndTheRestAreRead() throws Exception {
        Table derby = table("/fixtures/derby-haringey-jar-review.csv");
        Reading reading = RecommendationTable.read(RecommendationTable.layout(derby.header()), derby.rows(),
                new Defaults(null, LocalDate.of(2009, 9, 30)), ISO);
        assertThat(reading.rows()).isEmpty();
        assertThat(reading.refused()).hasSize(38).allSatisfy(r -> assertThat(r.column()).isEqualTo("owner"));
    }

    @Test
    void aFurtherRowOfANumberIsAFurtherActionAndMustNotContradictTheFirst() {
        Layout layout = RecommendationTable.layout(List.of("Number", "Recommendation", "Action", "Owner", "Due date",
                "Response", "Reason"));
        Reading reading = RecommendationTable.read(layout, List.of(
                new Row(2, List.of("1", "Recruit to the MASH", "Advertise four posts", "jane", "2022-06-30", "Accepted", "")),
                new Row(3, List.of("1", "", "Interview", "jane", "2022-08-31", "", "")),
                new Row(4, List.of("1", "Something else", "Appoint", "jane", "2022-09-30", "", "")),
                new Row(5, List.of("2", "Audit strategy meetings", "", "", "", "Not accepted", "")),
                new Row(6, List.of("3", "Review thresholds", "Review", "bob", "30 June", "", "")),
                new Row(7, List.of("4 or 5", "Review thresholds", "", "", "", "", "")),
                new Row(8, List.of("6", "Partly", "", "", "", "partly accepted", "Funding is not agreed"))),
                Defaults.NONE, ISO);

        assertThat(reading.rows()).extracting(r -> r.line()).containsExactly(2L, 3L, 8L);
        assertThat(reading.rows().get(1).action()).get().extracting(a -> a.key()).isEqualTo("1#2");
        assertThat(reading.rows().get(2).recommendation().response())
                .isEqualTo(Recommendation.Response.PARTLY_ACCEPTED);
        assertThat(reading.refused()).extracting(r -> r.line() + " " + r.column()).containsExactly(
                "4 Recommendation", "5 Reason", "6 Due date", "7 Number");
    }

    @Test
    void aHeaderWithoutANumberOrAnyTextOrWithOneColumnTwiceIsRefusedNamingIt() {
        assertThatThrownBy(() -> RecommendationTable.layout(List.of("Issue", "Action")))
                .isInstanceOfSatisfying(ActionPlanRefused.class, e -> assertThat(e.field()).isEqualTo("header"));
        assertThatThrownBy(() -> RecommendationTable.layout(List.of("No", "Action")))
                .hasMessageContaining("neither an issue nor a recommendation");
        assertThatThrownBy(() -> RecommendationTable.layout(List.of("No", "Issue", "Due", "Target date")))
                .hasMessageContaining("'Due' and 'Target date'");
        assertThat(RecommendationTable.layout(List.of(" NO. ", "Report  Paragraphs", "Recommendation")).columns())
                .containsEntry(RecommendationColumn.NUMBER, 0).containsEntry(RecommendationColumn.REFERENCES, 1);
    }

    record Table(List<String> header, List<Row> rows) {
    }

    private static Table table(String resource) throws Exception {
        try (Reader reader = new InputStreamReader(RecommendationTableTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Row(record.getRecordNumber() + 1, record.toList()));
            }
            return new Table(parser.getHeaderNames(), rows);
        }
    }
}
