package uk.gov.safeguarding.kpi.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.chassis.calendar.WorkingDays;
import uk.gov.safeguarding.kpi.domain.FactSource;
import uk.gov.safeguarding.kpi.domain.KpiCalculation;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.domain.MonthFigures;
import uk.gov.safeguarding.kpi.domain.Tally;
import uk.gov.safeguarding.kpi.repository.KpiValueRepository;
import uk.gov.safeguarding.kpi.repository.RecomputeQueue;
import uk.gov.safeguarding.kpi.repository.StoredValue;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * Works out again the figures of council months whose facts changed: each KPI that reads the changed
 * kind of fact is counted afresh for the month, then the derived figures (6-month average, change on
 * last month and last year) of that month and the twelve after it are brought up to date.
 */
@ApplicationScoped
public class KpiRecomputer {

    private static final Logger LOG = Logger.getLogger(KpiRecomputer.class);
    private static final int MONTHS_AFFECTED_AFTER = MonthFigures.LATER_MONTHS_DEPENDING;

    private final RecomputeQueue queue;
    private final KpiCatalogue catalogue;
    private final KpiValueRepository values;
    private final WorkingDays workingDays;
    private final Duration retryDelay;
    private final MonthPublication publication;

    public KpiRecomputer(RecomputeQueue queue, KpiCatalogue catalogue, KpiValueRepository values,
                         WorkingDays workingDays, MonthPublication publication, MeterRegistry registry,
                         @ConfigProperty(name = "suite.kpi.recompute-retry", defaultValue = "PT1M") Duration retryDelay) {
        this.queue = queue;
        this.catalogue = catalogue;
        this.values = values;
        this.workingDays = workingDays;
        this.retryDelay = retryDelay;
        this.publication = publication;
        Gauge.builder("kpi.recompute.backlog", queue, RecomputeQueue::backlog)
                .description("Council months waiting for their KPI figures to be worked out again")
                .register(registry);
    }

    @Scheduled(every = "${suite.kpi.recompute-every:0.2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void recomputeDue() {
        while (recomputeOne()) {
            // until nothing is due
        }
    }

    /** One month per transaction: a month that fails is postponed and the others go on. */
    public boolean recomputeOne() {
        RecomputeQueue.Due[] failed = new RecomputeQueue.Due[1];
        boolean found;
        try {
            found = QuarkusTransaction.requiringNew().call(() -> {
                List<RecomputeQueue.Due> due = queue.take(1);
                if (due.isEmpty()) {
                    return false;
                }
                failed[0] = due.get(0);
                recompute(due.get(0));
                queue.done(due.get(0));
                return true;
            });
        } catch (RuntimeException e) {
            if (failed[0] == null) {
                LOG.warnf("Could not read the months due for recomputation: %s", e.getMessage());
                return false;
            }
            LOG.errorf(e, "Could not recompute %s; trying again in %s", failed[0], retryDelay);
            queue.postpone(failed[0], retryDelay);
            return true;
        }
        return found;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void recompute(RecomputeQueue.Due due) {
        FactSource<?> source = catalogue.source(due.factKind())
                .orElseThrow(() -> new IllegalStateException("No source for facts of kind " + due.factKind()));
        recompute(source, due.localAuthority(), due.month());
    }

    private <F> void recompute(FactSource<F> source, String localAuthority, YearMonth month) {
        publication.lockCouncil(localAuthority);
        List<F> facts = source.load(localAuthority, month);
        Map<String, KpiDefinition> definitions = catalogue.definitions();
        WorkingDayCalendar calendar = workingDays.calendar();
        Instant now = Instant.now();
        Set<String> recomputed = new TreeSet<>();
        for (KpiCalculation<F> calculation : catalogue.calculationsReading(source.kind())) {
            KpiDefinition definition = definitions.get(calculation.code());
            values.storeTallies(calculation.code(), localAuthority, month,
                    calculation.count(month, facts, definition.parameters(), calendar), now);
            refreshDerived(definition, localAuthority, month, now);
            recomputed.add(calculation.code());
        }
        publication.afterRecompute(localAuthority, month, definitions, recomputed, now);
    }

    private void refreshDerived(KpiDefinition definition, String localAuthority, YearMonth month, Instant now) {
        List<StoredValue> stored = values.range(definition.code(), localAuthority, month.minusMonths(MONTHS_AFFECTED_AFTER),
                month.plusMonths(MONTHS_AFFECTED_AFTER));
        Map<String, Map<YearMonth, Tally>> series = new HashMap<>();
        for (StoredValue row : stored) {
            series.computeIfAbsent(row.breakdown().key(), key -> new HashMap<>()).put(row.month(), row.tally());
        }
        List<StoredValue> affected = new ArrayList<>();
        List<MonthFigures> figures = new ArrayList<>();
        for (StoredValue row : stored) {
            if (!row.month().isBefore(month)) {
                affected.add(row);
                figures.add(MonthFigures.of(series.get(row.breakdown().key()), row.month(), definition.unit()));
            }
        }
        values.storeDerived(affected, figures, now);
    }
}
