package uk.gov.safeguarding.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.actionplan.domain.ImpactMeasure.Trend;

class ImpactMeasureTest {

    private static List<KpiMonth> months(String polarity, String... values) {
        List<KpiMonth> months = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            months.add(new KpiMonth("K", "E06000015", YearMonth.of(2021, 1).plusMonths(i), 1,
                    values[i] == null ? null : new BigDecimal(values[i]), new BigDecimal("90"), polarity, "RED"));
        }
        return months;
    }

    @Test
    void theTrendIsReadInTheActionsDirectionOverTheLatestSixMonthsPublished() {
        // eight months: the trend spans the last six (70 to 80), not the first two
        List<KpiMonth> rising = months("HIGHER_IS_BETTER", "95", "95", "70", "72", "74", "76", "78", "80");
        ImpactMeasure.Impact up = ImpactMeasure.of("K", "E06000015", "UP", null, rising);
        assertThat(up.trend()).isEqualTo(Trend.IMPROVING);
        assertThat(up.recent()).hasSize(6);
        assertThat(up.latestMonth()).isEqualTo(YearMonth.of(2021, 8));
        assertThat(up.target()).isEqualByComparingTo("90");
        assertThat(up.targetMet()).isFalse();

        assertThat(ImpactMeasure.of("K", "E06000015", "DOWN", new BigDecimal("85"), rising).trend())
                .isEqualTo(Trend.WORSENING);
        assertThat(ImpactMeasure.of("K", "E06000015", "DOWN", new BigDecimal("85"), rising).targetMet()).isTrue();
        // no direction from the action: the KPI's polarity says which way is better
        assertThat(ImpactMeasure.of("K", "E06000015", null, null, rising).trend()).isEqualTo(Trend.IMPROVING);
    }

    @Test
    void aSmallWobbleIsSteadyAndTooLittleDataOrNoDirectionIsUnknown() {
        assertThat(ImpactMeasure.of("K", "E06000015", "UP", null, months("HIGHER_IS_BETTER", "80", "81.2")).trend())
                .isEqualTo(Trend.STEADY);
        assertThat(ImpactMeasure.of("K", "E06000015", "UP", null, months("HIGHER_IS_BETTER", "80")).trend())
                .isEqualTo(Trend.UNKNOWN);
        ImpactMeasure.Impact neither = ImpactMeasure.of("K", "E06000015", null, null, months("NEITHER", "10", "30"));
        assertThat(neither.trend()).isEqualTo(Trend.UNKNOWN);
        assertThat(neither.targetMet()).isNull();
        ImpactMeasure.Impact none = ImpactMeasure.of("K", "E06000015", "UP", null, months("HIGHER_IS_BETTER", null, null));
        assertThat(none.latestValue()).isNull();
        assertThat(none.trend()).isEqualTo(Trend.UNKNOWN);
    }
}
