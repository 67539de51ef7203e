package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatePer10000Test {

    @Test
    void aCountPerTenThousandChildrenToOneDecimalPlace() {
        // Derby, mid-2024: 62,113 children aged 0 to 17; 400 on a plan is 64.4 per 10,000
        assertThat(RatePer10000.of(new BigDecimal("400"), 62_113L)).isEqualByComparingTo("64.4");
        assertThat(RatePer10000.of(BigDecimal.ZERO, 62_113L)).isEqualByComparingTo("0.0");
    }

    @Test
    void noCountOrNoPopulationIsNoRate() {
        assertThat(RatePer10000.of(null, 62_113L)).isNull();
        assertThat(RatePer10000.of(BigDecimal.TEN, null)).isNull();
        assertThat(RatePer10000.of(BigDecimal.TEN, 0L)).isNull();
    }
}
