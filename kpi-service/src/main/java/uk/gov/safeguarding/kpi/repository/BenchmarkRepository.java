package uk.gov.safeguarding.kpi.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.safeguarding.kpi.domain.Benchmark;
import uk.gov.safeguarding.kpi.domain.ReportingYear;

@ApplicationScoped
public class BenchmarkRepository {

    /** Every benchmark by KPI code: a few rows per KPI and year, read whole. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<Benchmark>> byKpi() {
        return KpiBenchmarkRow.<KpiBenchmarkRow>listAll().stream().map(BenchmarkRepository::toBenchmark)
                .collect(Collectors.groupingBy(Benchmark::kpiCode));
    }

    private static Benchmark toBenchmark(KpiBenchmarkRow row) {
        return new Benchmark(row.kpiCode, ReportingYear.parse(row.period), row.statisticalNeighbours, row.england,
                row.source);
    }
}
