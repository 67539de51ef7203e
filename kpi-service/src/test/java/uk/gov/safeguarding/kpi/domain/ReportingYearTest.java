package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingYearTest {

    @Test
    void runsFromAprilToMarch() {
        assertThat(ReportingYear.of(YearMonth.of(2021, 4))).hasToString("2021-22");
        assertThat(ReportingYear.of(YearMonth.of(2022, 3))).hasToString("2021-22");
        assertThat(ReportingYear.of(YearMonth.of(1999, 12))).hasToString("1999-00");
        assertThat(ReportingYear.parse("2024-25")).isEqualTo(new ReportingYear(2024));
        assertThatThrownBy(() -> ReportingYear.parse("2024-26")).hasMessageContaining("consecutive");
        assertThatThrownBy(() -> ReportingYear.parse("2024")).hasMessageContaining("2024-25");
    }

    @Test
    void aMonthTakesTheBenchmarkOfItsYearOrTheLatestBefore() {
        Benchmark old = new Benchmark("ICPC_IN_TIMESCALE", new ReportingYear(2022), null, new BigDecimal("78.0"), null);
        Benchmark recent = new Benchmark("ICPC_IN_TIMESCALE", new ReportingYear(2024), null, new BigDecimal("81.4"), null);
        List<Benchmark> both = List.of(old, recent);
        assertThat(Benchmark.forMonth(both, ReportingYear.of(YearMonth.of(2026, 1)))).contains(recent);
        assertThat(Benchmark.forMonth(both, ReportingYear.of(YearMonth.of(2024, 3)))).contains(old);
        assertThat(Benchmark.forMonth(both, ReportingYear.of(YearMonth.of(2020, 3)))).isEmpty();
    }
}
