package uk.gov.safeguarding.kpi.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.FactSource;
import uk.gov.safeguarding.kpi.domain.FactSources;
import uk.gov.safeguarding.kpi.domain.KpiCalculation;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.repository.KpiDefinitionRow;

/**
 * The KPIs this service computes: the catalogue rows joined to the calculation class of each code and
 * to the source of the facts it counts.
 */
@ApplicationScoped
public class KpiCatalogue {

    private static final Logger LOG = Logger.getLogger(KpiCatalogue.class);

    private final Map<String, KpiCalculation<?>> calculations = new TreeMap<>();
    private final Map<String, FactSource<?>> sources = new TreeMap<>();

    public KpiCatalogue(@Any Instance<KpiCalculation<?>> calculations, @Any Instance<FactSources> stores) {
        calculations.forEach(calculation -> {
            if (this.calculations.put(calculation.code(), calculation) != null) {
                throw new IllegalStateException("Two calculations for KPI " + calculation.code());
            }
        });
        stores.forEach(store -> store.factSources().forEach(source -> this.sources.put(source.kind().name(), source)));
    }

    /** A calculation with no catalogue row, or no source for its facts, is a build mistake: refuse to start. */
    @Transactional
    void check(@Observes StartupEvent event) {
        Set<String> defined = KpiDefinitionRow.<KpiDefinitionRow>listAll().stream().map(row -> row.code)
                .collect(Collectors.toSet());
        for (KpiCalculation<?> calculation : calculations.values()) {
            if (!defined.contains(calculation.code())) {
                throw new IllegalStateException("KPI " + calculation.code() + " has a calculation but no catalogue row");
            }
            if (!sources.containsKey(calculation.reads().name())) {
                throw new IllegalStateException("KPI " + calculation.code() + " reads " + calculation.reads().name()
                        + ", which nothing loads");
            }
        }
        List<String> notComputed = defined.stream().filter(code -> !calculations.containsKey(code)).sorted().toList();
        if (!notComputed.isEmpty()) {
            LOG.infof("KPIs in the catalogue not computed yet (no facts of their kind are taken in): %s", notComputed);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KpiDefinitionRow> rows() {
        return KpiDefinitionRow.<KpiDefinitionRow>listAll().stream()
                .sorted(Comparator.comparingInt((KpiDefinitionRow row) -> row.displayOrder)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, KpiDefinition> definitions() {
        Map<String, KpiDefinition> definitions = new TreeMap<>();
        rows().forEach(row -> definitions.put(row.code, row.toDefinition()));
        return definitions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<KpiDefinitionRow> row(String code) {
        return Optional.ofNullable(KpiDefinitionRow.findById(code));
    }

    /** The kind of fact a computed KPI counts. */
    public String factKindOf(String code) {
        KpiCalculation<?> calculation = calculations.get(code);
        if (calculation == null) {
            throw new IllegalArgumentException("KPI " + code + " is not computed");
        }
        return calculation.reads().name();
    }

    public boolean isComputed(String code) {
        return calculations.containsKey(code);
    }

    @SuppressWarnings("unchecked")
    public <F> List<KpiCalculation<F>> calculationsReading(FactKind<F> kind) {
        return calculations.values().stream().filter(calculation -> calculation.reads().equals(kind))
                .map(calculation -> (KpiCalculation<F>) calculation).toList();
    }

    public Optional<FactSource<?>> source(String factKind) {
        return Optional.ofNullable(sources.get(factKind));
    }
}
