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
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
    private final int batchMonths;

    public KpiRecomputer(RecomputeQueue queue, KpiCatalogue catalogue, KpiValueRepository values,
                         WorkingDays workingDays, MonthPublication publication, MeterRegistry registry,
                         @ConfigProperty(name = "suite.kpi.recompute-retry", defaultValue = "PT1M") Duration retryDelay,
                         @ConfigProperty(name = "suite.kpi.recompute-batch-months", defaultValue = "24") int batchMonths) {
        this.queue = queue;
        this.catalogue = catalogue;
        this.values = values;
        this.workingDays = workingDays;
        this.retryDelay = retryDelay;
        this.publication = publication;
        this.batchMonths = batchMonths;
        Gauge.builder("kpi.recompute.backlog", queue, RecomputeQueue::backlog)
                .description("Council months waiting for their KPI figures to be worked out again")
                .register(registry);
    }

    @Scheduled(every = "${suite.kpi.recompute-every:0.2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void recomputeDue() {
        while (recomputeNext()) {
            // until nothing is due
        }
    }

    /**
     * The oldest due month with the other due months of the same council and kind of fact, in one
     * transaction: a backfill or a year's upload marks many months, and each month's derived figures
     * depend on the twelve before it, so refreshing them once for the batch saves up to 13 writes a row.
     * A batch that fails is retried month by month, so one bad month is postponed and the others go on.
     */
    public boolean recomputeNext() {
        List<RecomputeQueue.Due> batch = new ArrayList<>();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<RecomputeQueue.Due> oldest = queue.take(1);
                if (oldest.isEmpty()) {
                    return false;
                }
                batch.addAll(queue.takeAlong(oldest.get(0), batchMonths));
                recompute(batch);
                queue.done(batch);
                return true;
            });
        } catch (RuntimeException e) {
            if (batch.isEmpty()) {
                LOG.warnf("Could not read the months due for recomputation: %s", e.getMessage());
                return false;
            }
            if (batch.size() == 1) {
                postpone(batch.get(0), e);
            } else {
                batch.forEach(this::recomputeAlone);
            }
            return true;
        }
    }

    private void recomputeAlone(RecomputeQueue.Due due) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (queue.lock(due)) {
                    recompute(List.of(due));
                    queue.done(List.of(due));
                }
            });
        } catch (RuntimeException e) {
            postpone(due, e);
        }
    }

    private void postpone(RecomputeQueue.Due due, RuntimeException failure) {
        LOG.errorf(failure, "Could not recompute %s; trying again in %s", due, retryDelay);
        queue.postpone(due, retryDelay);
    }

    /** Months of one council and one kind of fact. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recompute(List<RecomputeQueue.Due> batch) {
        RecomputeQueue.Due first = batch.get(0);
        FactSource<?> source = catalogue.source(first.factKind())
                .orElseThrow(() -> new IllegalStateException("No source for facts of kind " + first.factKind()));
        recompute(source, first.localAuthority(), batch.stream().map(RecomputeQueue.Due::month)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private <F> void recompute(FactSource<F> source, String localAuthority, SortedSet<YearMonth> months) {
        publication.lockCouncil(localAuthority);
        Map<String, KpiDefinition> definitions = catalogue.definitions();
        WorkingDayCalendar calendar = workingDays.calendar();
        Instant now = Instant.now();
        List<KpiCalculation<F>> calculations = catalogue.calculationsReading(source.kind());
        for (YearMonth month : months) {
            List<F> facts = source.load(localAuthority, month);
            for (KpiCalculation<F> calculation : calculations) {
                values.storeTallies(calculation.code(), localAuthority, month,
                        calculation.count(month, facts, definitions.get(calculation.code()).parameters(), calendar), now);
            }
        }
        Set<String> recomputed = new TreeSet<>();
        for (KpiCalculation<F> calculation : calculations) {
            for (Span span : Span.of(months)) {
                refreshDerived(definitions.get(calculation.code()), localAuthority, span.first(), span.last(), now);
            }
            recomputed.add(calculation.code());
        }
        publication.afterRecompute(localAuthority, months, definitions, recomputed, now);
    }

    /** A run of changed months whose derived figures overlap; months far apart are not refreshed in between. */
    record Span(YearMonth first, YearMonth last) {

        static List<Span> of(SortedSet<YearMonth> months) {
            List<Span> spans = new ArrayList<>();
            for (YearMonth month : months) {
                Span current = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (current != null && !month.isAfter(current.last().plusMonths(MONTHS_AFFECTED_AFTER))) {
                    spans.set(spans.size() - 1, new Span(current.first(), month));
                } else {
                    spans.add(new Span(month, month));
                }
            }
            return spans;
        }
    }

    /** The derived figures of every month from the first changed to twelve after the last. */
    private void refreshDerived(KpiDefinition definition, String localAuthority, YearMonth month, YearMonth lastChanged,
                                Instant now) {
        List<StoredValue> stored = values.range(definition.code(), localAuthority, month.minusMonths(MONTHS_AFFECTED_AFTER),
                lastChanged.plusMonths(MONTHS_AFFECTED_AFTER));
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
