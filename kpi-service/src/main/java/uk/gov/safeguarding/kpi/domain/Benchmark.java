package uk.gov.safeguarding.kpi.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/** A KPI's comparators for one reporting year. */
public record Benchmark(String kpiCode, ReportingYear year, BigDecimal statisticalNeighbours, BigDecimal england,
                        String source) {

    /**
     * The comparators to print beside a month: those of its reporting year, else the latest year before
     * it (national figures are published a year or more after the year they describe).
     */
    public static Optional<Benchmark> forMonth(Collection<Benchmark> ofOneKpi, ReportingYear year) {
        return ofOneKpi.stream().filter(benchmark -> benchmark.year().compareTo(year) <= 0)
                .max((a, b) -> a.year().compareTo(b.year()));
    }
}
