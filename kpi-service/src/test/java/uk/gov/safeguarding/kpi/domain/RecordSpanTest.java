package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

class RecordSpanTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 4, 30);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static PracticeRecord record(RecordKind kind, LocalDate referral, LocalDate start, LocalDate end,
                                         LocalDate authorised, LocalDate date, LocalDate strategy, LocalDate icpc) {
        return new PracticeRecord(kind, "R1", "E06000015", "C1", null, null, referral, start, end, authorised, date, strategy,
                icpc, null, null, null, null, null, null, null, null);
    }

    @Test
    void anEnquiryRunsFromItsStrategyDiscussionToItsConferenceOrItsEnd() {
        RecordSpan toConference = RecordSpan.of(record(RecordKind.S47_ENQUIRY, null, null, LocalDate.of(2021, 4, 20), null,
                null, LocalDate.of(2021, 3, 29), LocalDate.of(2021, 4, 15)));
        assertThat(toConference.end()).isEqualTo(LocalDate.of(2021, 4, 15));
        // 30 March to 15 April, less Good Friday and Easter Monday 2021
        assertThat(toConference.workingDays(CALENDAR, TODAY)).isEqualTo(11);
        RecordSpan noConference = RecordSpan.of(record(RecordKind.S47_ENQUIRY, null, null, LocalDate.of(2021, 4, 20), null,
                null, LocalDate.of(2021, 3, 29), null));
        assertThat(noConference.end()).isEqualTo(LocalDate.of(2021, 4, 20));
        RecordSpan open = RecordSpan.of(record(RecordKind.S47_ENQUIRY, null, null, null, null, null, LocalDate.of(2021, 4, 28), null));
        assertThat(open.open()).isTrue();
        assertThat(open.days(TODAY)).isEqualTo(2);
        assertThat(open.workingDays(CALENDAR, TODAY)).isEqualTo(2);
    }

    @Test
    void plansAssessmentsAndDaysOfWork() {
        assertThat(RecordSpan.of(record(RecordKind.CP_PLAN, null, LocalDate.of(2019, 4, 30), null, null, null, null, null))
                .days(TODAY)).isEqualTo(731);
        RecordSpan assessment = RecordSpan.of(record(RecordKind.ASSESSMENT, null, LocalDate.of(2021, 4, 1), null,
                LocalDate.of(2021, 4, 9), null, null, null));
        assertThat(assessment.end()).isEqualTo(LocalDate.of(2021, 4, 9));
        RecordSpan visit = RecordSpan.of(record(RecordKind.CP_VISIT, null, null, null, null, LocalDate.of(2021, 4, 16), null, null));
        assertThat(visit.open()).isFalse();
        assertThat(visit.days(TODAY)).isZero();
        assertThat(RecordSpan.of(record(RecordKind.CIN_PLAN, null, null, null, null, null, null, null)).days(TODAY)).isNull();
    }
}
