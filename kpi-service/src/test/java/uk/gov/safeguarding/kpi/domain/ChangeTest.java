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
}
