package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourAverageTest {

    private static List<BigDecimal> figures(String... values) {
        List<BigDecimal> list = new ArrayList<>();
        Arrays.stream(values).forEach(v -> list.add(v == null ? null : new BigDecimal(v)));
        return list;
    }

    @Test
    void thePlainMeanOfTheNeighboursFiguresToOneDecimalPlace() {
        NeighbourAverage average = NeighbourAverage.of(figures("80.0", "90.0", "85.5", "70.0", "88.0"), 10);
        assertThat(average.value()).isEqualByComparingTo("82.7");
        assertThat(average.reporting()).isEqualTo(5);
    }

    @Test
    void fewerThanHalfTheNeighboursReportingIsNoAverage() {
        NeighbourAverage average = NeighbourAverage.of(figures("80.0", null, "90.0", "85.0"), 10);
        assertThat(average.value()).isNull();
        assertThat(average.reporting()).isEqualTo(3);
        assertThat(NeighbourAverage.of(List.of(), 10).value()).isNull();
    }
}
