package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthFiguresTest {

    @Test
    void workedOutFromTheSeriesOfTheSameCouncil() {
        Map<YearMonth, Tally> series = new HashMap<>();
        series.put(YearMonth.of(2020, 3), Tally.count(1595));
        series.put(YearMonth.of(2021, 2), Tally.count(2100));
        series.put(YearMonth.of(2021, 3), Tally.count(2499));
        MonthFigures march = MonthFigures.of(series, YearMonth.of(2021, 3), KpiUnit.COUNT);
        assertThat(march.value()).isEqualByComparingTo("2499");
        assertThat(march.changeOnLastMonth()).isEqualByComparingTo("399");
        assertThat(march.changeOnLastYear()).isEqualByComparingTo("904");
        assertThat(march.changeOnLastYearPercent()).isEqualByComparingTo("56.7");
        assertThat(march.sixMonthAverage()).isEqualByComparingTo("2299.5");
    }

    @Test
    void aMonthWithNoTallyHasNoValueButStillAnAverage() {
        Map<YearMonth, Tally> series = Map.of(YearMonth.of(2021, 1), new Tally(8, 10));
        MonthFigures february = MonthFigures.of(series, YearMonth.of(2021, 2), KpiUnit.PERCENT);
        assertThat(february.value()).isNull();
        assertThat(february.changeOnLastMonth()).isNull();
        assertThat(february.sixMonthAverage()).isEqualByComparingTo("80.0");
    }
}
