package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SixMonthAverageTest {

    @Test
    void poolsNumeratorsAndDenominatorsOfTheSixMonthsEndingWithTheMonth() {
        Map<YearMonth, Tally> series = new HashMap<>();
        series.put(YearMonth.of(2021, 6), new Tally(1, 100));   // outside the window
        series.put(YearMonth.of(2021, 7), new Tally(90, 100));
        series.put(YearMonth.of(2021, 8), new Tally(9, 10));
        series.put(YearMonth.of(2021, 9), new Tally(0, 0));
        series.put(YearMonth.of(2021, 12), new Tally(50, 100));
        Tally pooled = SixMonthAverage.pooled(series, YearMonth.of(2021, 12));
        assertThat(pooled).isEqualTo(new Tally(149, 210));
        // Pooled 71.0%, where the mean of the monthly rates would be (90 + 90 + 50) / 3 = 76.7%.
        assertThat(KpiUnit.PERCENT.valueOf(pooled.numerator(), pooled.denominator())).isEqualByComparingTo("71.0");
    }

    @Test
    void aCountAveragesOverTheMonthsItHas() {
        Map<YearMonth, Tally> series = new HashMap<>();
        for (int m = 1; m <= 6; m++) {
            series.put(YearMonth.of(2021, m), Tally.count(100L * m));
        }
        Tally pooled = SixMonthAverage.pooled(series, YearMonth.of(2021, 6));
        assertThat(KpiUnit.COUNT.valueOf(pooled.numerator(), pooled.denominator())).isEqualByComparingTo("350.0");
    }
}
