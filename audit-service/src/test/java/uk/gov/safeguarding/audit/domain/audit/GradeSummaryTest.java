package uk.gov.safeguarding.audit.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "75% of cases reviewed judged good or better", and the same by domain, team, type, theme and quarter. */
class GradeSummaryTest {

    private static final GradeScale OFSTED = GradeScale.OFSTED_FOUR_POINT;

    private static GradeSummary.GradedCase graded(String team, String overall, String voice, String quarter) {
        return new GradeSummary.GradedCase(team, AuditType.CASE_FILE_AUDIT, "Repeat contacts", quarter, OFSTED, overall,
                Map.of("VOICE_OF_THE_CHILD", voice));
    }

    private static List<GradeSummary.GradedCase> twenty() {
        List<GradeSummary.GradedCase> cases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // 15 of 20 good or better overall (2 outstanding, 13 good), 5 requiring improvement
            String overall = i < 2 ? "OUTSTANDING" : i < 15 ? "GOOD" : "REQUIRES_IMPROVEMENT";
            cases.add(graded(i < 12 ? "MASH" : "Assessment", overall, i < 10 ? "GOOD" : "INADEQUATE",
                    i < 8 ? "2021-22 Q3" : "2021-22 Q4"));
        }
        return cases;
    }

    private static GradeSummary.Line line(List<GradeSummary.Line> lines, String dimension, String value) {
        return lines.stream().filter(l -> l.dimension().equals(dimension) && l.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void seventyFivePercentJudgedGoodOrBetter() {
        List<GradeSummary.Line> lines = GradeSummary.of(twenty(), false);
        GradeSummary.Line overall = lines.get(0);
        assertThat(overall.dimension()).isEqualTo("overall");
        assertThat(overall.cases()).isEqualTo(20);
        assertThat(overall.goodOrBetter()).isEqualTo(15);
        assertThat(overall.percentGoodOrBetter()).isEqualTo(75.0);
        assertThat(overall.grades()).containsEntry("OUTSTANDING", 2).containsEntry("GOOD", 13)
                .containsEntry("REQUIRES_IMPROVEMENT", 5).containsEntry("INADEQUATE", 0);
        assertThat(overall.grades().keySet()).as("best first").containsExactly("OUTSTANDING", "GOOD",
                "REQUIRES_IMPROVEMENT", "INADEQUATE");
        assertThat(line(lines, "domain", "VOICE_OF_THE_CHILD").percentGoodOrBetter()).isEqualTo(50.0);
        assertThat(line(lines, "team", "MASH").goodOrBetter()).isEqualTo(12);
        assertThat(line(lines, "team", "Assessment").percentGoodOrBetter()).isEqualTo(37.5);
        assertThat(line(lines, "quarter", "2021-22 Q3").cases()).isEqualTo(8);
        assertThat(line(lines, "type", "CASE_FILE_AUDIT").cases()).isEqualTo(20);
        assertThat(line(lines, "theme", "Repeat contacts").percentGoodOrBetter()).isEqualTo(75.0);
    }

    @Test
    void suppressionHidesCountsOfOneToFiveAndThePercentagesTheyWouldGiveAway() {
        List<GradeSummary.Line> lines = GradeSummary.of(twenty(), true);
        GradeSummary.Line overall = lines.get(0);
        // 5 not good or better: 20 and 15 are shown, but together they give the 5 away
        assertThat(overall.cases()).isEqualTo(20);
        assertThat(overall.goodOrBetter()).isEqualTo(15);
        assertThat(overall.percentGoodOrBetter()).isNull();
        assertThat(overall.grades()).containsEntry("GOOD", 13).containsEntry("OUTSTANDING", null)
                .containsEntry("REQUIRES_IMPROVEMENT", null).containsEntry("INADEQUATE", 0);
        assertThat(overall.suppressed()).isTrue();
        GradeSummary.Line voice = line(lines, "domain", "VOICE_OF_THE_CHILD");
        assertThat(voice.percentGoodOrBetter()).isEqualTo(50.0);
        assertThat(voice.suppressed()).isFalse();
        GradeSummary.Line mash = line(lines, "team", "MASH");
        // 12 of 12: nought not good or better is not small
        assertThat(mash.percentGoodOrBetter()).isEqualTo(100.0);
        assertThat(GradeSummary.of(List.of(graded("MASH", "GOOD", "GOOD", "2021-22 Q3")), true).get(0).cases()).isNull();
    }

    @Test
    void noCasesIsNoPercentage() {
        GradeSummary.Line overall = GradeSummary.of(List.of(), true).get(0);
        assertThat(overall.cases()).isZero();
        assertThat(overall.percentGoodOrBetter()).isNull();
    }

    @Test
    void quartersRunAprilToMarch() {
        assertThat(GradeSummary.quarter(LocalDate.of(2021, 4, 1))).isEqualTo("2021-22 Q1");
        assertThat(GradeSummary.quarter(LocalDate.of(2021, 11, 22))).isEqualTo("2021-22 Q3");
        assertThat(GradeSummary.quarter(LocalDate.of(2022, 3, 31))).isEqualTo("2021-22 Q4");
        assertThat(GradeSummary.quarter(LocalDate.of(1999, 12, 31))).isEqualTo("1999-00 Q3");
    }
}
