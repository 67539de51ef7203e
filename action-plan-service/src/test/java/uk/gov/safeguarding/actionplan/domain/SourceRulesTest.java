package uk.gov.safeguarding.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/** A source's statutory clock, and the report references recommendations carry. */
class SourceRulesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @Test
    void anOfstedActionPlanIsDueSeventyWorkingDaysAfterTheReport() {
        // published Friday 4 March 2022; Good Friday 15 April and Easter Monday 18 April 2022, the May bank holidays
        // and the Jubilee (2 and 3 June 2022) are not working days
        LocalDate due = SourceType.OFSTED_INSPECTION.defaultClock().due(LocalDate.of(2022, 3, 4), CALENDAR);
        assertThat(CALENDAR.workingDaysAfter(LocalDate.of(2022, 3, 4), due)).isEqualTo(70);
        assertThat(due).isEqualTo(LocalDate.of(2022, 6, 17));
        assertThat(SourceType.FOCUSED_VISIT.defaultClock().due(LocalDate.of(2022, 3, 4), CALENDAR))
                .isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(SourceType.SCRUTINY_REVIEW.defaultClock().due(LocalDate.of(2021, 12, 31), CALENDAR))
                .isEqualTo(LocalDate.of(2022, 2, 28));
        assertThat(SourceType.JOINT_AREA_REVIEW.defaultClock().due(LocalDate.of(2021, 12, 31), CALENDAR)).isNull();
        assertThatThrownBy(() -> new ResponseClock(10, 2)).isInstanceOf(ActionPlanRefused.class);
    }

    @Test
    void referencesAreParagraphsSectionsAndRangesAsTheReportWritesThem() {
        assertThat(ReportReferences.parse("11, 15, 52").asText()).containsExactly("11", "15", "52");
        assertThat(ReportReferences.parse("39, 40, 54 – 57").asText()).containsExactly("39", "40", "54-57");
        assertThat(ReportReferences.parse("4.1-4.3; 4.10 and 5").asText()).containsExactly("4.1-4.3", "4.10", "5");
        assertThat(ReportReferences.parse("4.9-4.10").references().get(0).isRange()).isTrue();
        assertThat(ReportReferences.parse(" ").references()).isEmpty();
        assertThatThrownBy(() -> ReportReferences.parse("57-54")).isInstanceOf(ActionPlanRefused.class)
                .hasMessageContaining("backwards");
        assertThatThrownBy(() -> ReportReferences.parse("see appendix")).isInstanceOf(ActionPlanRefused.class)
                .extracting("field").isEqualTo("references");
        assertThatThrownBy(() -> ReportReferences.parse("99999999999")).isInstanceOf(ActionPlanRefused.class);
    }
}
