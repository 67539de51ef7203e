package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChangeTest {

    /** Derby, contacts March to November: 2020, 2021 and the report's "Increase in Contacts". */
    private static final int[][] DERBY = {
            {1595, 2499}, {1444, 2259}, {1486, 2460}, {2016, 2703}, {1864, 2417},
            {1607, 2052}, {2019, 2597}, {2133, 2433}, {2047, 2293}};
    private static final String[] REPORTED = {"56.7", "56.4", "65.5", "34.1", "29.7", "27.7", "28.6", "14.1", "12.0"};

    @Test
    void yearOnYearMatchesDerbyReportToOneDecimalPlace() {
        for (int i = 0; i < DERBY.length; i++) {
            assertThat(Change.percent(BigDecimal.valueOf(DERBY[i][1]), BigDecimal.valueOf(DERBY[i][0])))
                    .isEqualByComparingTo(REPORTED[i]);
        }
    }

    @Test
    void roundsHalfUpAndKeepsTheSign() {
        assertThat(Change.percent(new BigDecimal("1000.5"), new BigDecimal("1000"))).isEqualByComparingTo("0.1");
        assertThat(Change.percent(new BigDecimal("90"), new BigDecimal("100"))).isEqualByComparingTo("-10.0");
    }

    @Test
    void noBaseGivesNoChange() {
        assertThat(Change.percent(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
        assertThat(Change.percent(BigDecimal.TEN, null)).isNull();
        assertThat(Change.difference(null, BigDecimal.ONE)).isNull();
        assertThat(Change.difference(new BigDecimal("87.2"), new BigDecimal("83.2"))).isEqualByComparingTo("4.0");
    }

    @Test
    void aPercentageKpiMovesByPointsAndACountByAPercent() {
        // Derby's contacts progressed, December 2020 to December 2021 in the demo: 4.9% to 16.1%
        Change.Reported rate = Change.reported(KpiUnit.PERCENT, new BigDecimal("16.1"), new BigDecimal("11.2"));
        assertThat(rate.points()).isEqualByComparingTo("11.2");
        assertThat(rate.percent()).isNull();
        // Derby's contacts, March 2020 to March 2021: 1,595 to 2,499
        Change.Reported count = Change.reported(KpiUnit.COUNT, new BigDecimal("2499"), new BigDecimal("904"));
        assertThat(count.points()).isNull();
        assertThat(count.percent()).isEqualByComparingTo("56.7");
        Change.Reported ratio = Change.reported(KpiUnit.RATIO, new BigDecimal("18.0"), new BigDecimal("-2.0"));
        assertThat(ratio.percent()).isEqualByComparingTo("-10.0");
    }

    @Test
    void nothingToCompareWithReportsNeither() {
        assertThat(Change.reported(KpiUnit.PERCENT, new BigDecimal("16.1"), null)).isEqualTo(Change.Reported.NONE);
        assertThat(Change.reported(KpiUnit.COUNT, new BigDecimal("5"), new BigDecimal("5")).percent())
                .as("from zero").isNull();
    }
}
