package uk.gov.safeguarding.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.kpi.domain.Benchmark;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.repository.BenchmarkRepository;
import uk.gov.safeguarding.kpi.repository.KpiDefinitionRow;

/**
 * The catalogue and benchmarks as reads of figures need them, held in memory: they change a few times a
 * year and every scorecard needs both. Dropped here on a change, and read again after the refresh
 * interval so a change made through another replica shows within it. Recomputation does not use this.
 */
@ApplicationScoped
public class ReferenceData {

    /** Definitions in scorecard order, and benchmarks by KPI code. */
    public record Snapshot(List<KpiDefinition> definitions, Map<String, KpiDefinition> byCode,
                           Map<String, List<Benchmark>> benchmarks) {
    }

    private final KpiCatalogue catalogue;
    private final BenchmarkRepository benchmarks;
    private final Duration refresh;
    private volatile Snapshot snapshot;
    private volatile Instant loadedAt = Instant.EPOCH;

    public ReferenceData(KpiCatalogue catalogue, BenchmarkRepository benchmarks,
                         @ConfigProperty(name = "suite.kpi.reference-refresh", defaultValue = "PT10S") Duration refresh) {
        this.catalogue = catalogue;
        this.benchmarks = benchmarks;
        this.refresh = refresh;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || Instant.now().isAfter(loadedAt.plus(refresh))) {
            List<KpiDefinition> definitions = catalogue.rows().stream().map(KpiDefinitionRow::toDefinition).toList();
            Map<String, KpiDefinition> byCode = new java.util.HashMap<>();
            definitions.forEach(definition -> byCode.put(definition.code(), definition));
            current = new Snapshot(definitions, Map.copyOf(byCode), Map.copyOf(benchmarks.byKpi()));
            snapshot = current;
            loadedAt = Instant.now();
        }
        return current;
    }

    public void invalidate() {
        snapshot = null;
    }
}
