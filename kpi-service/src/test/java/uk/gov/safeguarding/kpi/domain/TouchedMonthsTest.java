package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;

class TouchedMonthsTest {

    private static final YearMonth NOW = YearMonth.of(2021, 12);

    private static PracticeRecord record(RecordKind kind, String start, String end, String date, String authorised) {
        return new PracticeRecord(kind, "R1", "E06000015", "C1", null, "W1", null,
                start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                authorised == null ? null : LocalDate.parse(authorised), date == null ? null : LocalDate.parse(date),
                null, null, null, null, null, List.of(), null, null, null, null);
    }

    @Test
    void anAssessmentTouchesTheMonthItWasAuthorised() {
        assertThat(TouchedMonths.of(record(RecordKind.ASSESSMENT, "2021-03-01", null, null, "2021-04-20"), NOW))
                .containsExactly(YearMonth.of(2021, 4));
    }

    @Test
    void aPlanTouchesEveryMonthItIsOpenAndTheMonthAfterItEnds() {
        assertThat(TouchedMonths.of(record(RecordKind.CP_PLAN, "2021-03-10", "2021-05-02", null, null), NOW))
                .containsExactly(YearMonth.of(2021, 3), YearMonth.of(2021, 4), YearMonth.of(2021, 5), YearMonth.of(2021, 6));
        assertThat(TouchedMonths.of(record(RecordKind.CP_PLAN, "2021-10-10", null, null, null), NOW))
                .containsExactly(YearMonth.of(2021, 10), YearMonth.of(2021, 11), YearMonth.of(2021, 12));
    }

    @Test
    void aVisitTouchesAYearAfterItButNotTheFuture() {
        assertThat(TouchedMonths.of(record(RecordKind.CP_VISIT, null, null, "2021-09-01", null), NOW))
                .containsExactly(YearMonth.of(2021, 9), YearMonth.of(2021, 10), YearMonth.of(2021, 11), YearMonth.of(2021, 12));
        assertThat(TouchedMonths.of(record(RecordKind.CLA_REVIEW, null, null, "2019-01-01", null), NOW)).hasSize(13);
    }
}
