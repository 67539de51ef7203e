package uk.gov.safeguarding.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;
import uk.gov.safeguarding.kernel.Council;
import uk.gov.safeguarding.kernel.Councils;
import uk.gov.safeguarding.kpi.domain.Benchmark;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.domain.KpiUnit;
import uk.gov.safeguarding.kpi.domain.MonthFigures;
import uk.gov.safeguarding.kpi.domain.NeighbourAverage;
import uk.gov.safeguarding.kpi.domain.RatePer10000;
import uk.gov.safeguarding.kpi.domain.ReportingYear;
import uk.gov.safeguarding.kpi.domain.calculations.ContactsReceived;
import uk.gov.safeguarding.kpi.repository.FeedCursor;
import uk.gov.safeguarding.kpi.repository.KpiValueRepository;
import uk.gov.safeguarding.kpi.repository.MonthVersions;
import uk.gov.safeguarding.kpi.repository.StoredValue;
import uk.gov.safeguarding.kpi.repository.ValuesQuery;

/**
 * Reads of the stored figures: scorecards, the values feed, contact volumes. Each is one query, so none
 * opens a transaction of its own (a JTA transaction per read cost more than the query).
 */
@ApplicationScoped
public class KpiFigures {

    private static final String CONTACTS_RECEIVED = new ContactsReceived().code();

    private final ReferenceData referenceData;
    private final KpiValueRepository values;
    private final MonthVersions versions;

    public KpiFigures(ReferenceData referenceData, KpiValueRepository values, MonthVersions versions) {
        this.referenceData = referenceData;
        this.values = values;
        this.versions = versions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Scorecard scorecard(String localAuthority, YearMonth month, Integer version) {
        List<StoredValue> stored = version == null ? values.councilMonths(localAuthority, month, month)
                : versions.councilRows(localAuthority, month, version);
        Map<String, StoredValue> byCode = stored.stream()
                .collect(Collectors.toMap(StoredValue::kpiCode, Function.identity()));
        if (byCode.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, version == null
                    ? "No KPI figures for " + localAuthority + " in " + month
                    : localAuthority + " " + month + " has no version " + version + " (is the month closed?)");
        }
        ReferenceData.Snapshot reference = referenceData.current();
        ReportingYear year = ReportingYear.of(month);
        Optional<Council> council = Councils.england().find(localAuthority);
        Long children = council.map(c -> childrenAged0To17(c, month)).orElse(null);
        Neighbours neighbours = neighbours(
                council.map(Councils.england()::statisticalNeighbours).orElse(List.of()), month);
        List<Scorecard.Line> lines = new ArrayList<>();
        for (KpiDefinition definition : reference.definitions()) {
            Benchmark benchmark = Benchmark.forMonth(reference.benchmarks().getOrDefault(definition.code(), List.of()),
                    year).orElse(null);
            lines.add(new Scorecard.Line(definition, byCode.get(definition.code()), benchmark, children,
                    neighbours.average(definition)));
        }
        return new Scorecard(localAuthority, month, lines);
    }

    /** The statistical neighbours' whole-council figures of the month, as far as this service holds them. */
    private Neighbours neighbours(List<Council> councils, YearMonth month) {
        Map<String, Map<String, StoredValue>> byKpi = new HashMap<>();
        for (StoredValue value : values.councilsInMonth(councils.stream().map(Council::onsCode).toList(), month)) {
            byKpi.computeIfAbsent(value.kpiCode(), code -> new HashMap<>()).put(value.localAuthority(), value);
        }
        return new Neighbours(councils, month, byKpi);
    }

    private record Neighbours(List<Council> councils, YearMonth month, Map<String, Map<String, StoredValue>> byKpi) {

        /** Percentages and ratios as they are; the counts of children as rates; other counts have no average. */
        NeighbourAverage average(KpiDefinition definition) {
            Map<String, StoredValue> held = byKpi.getOrDefault(definition.code(), Map.of());
            if (definition.unit() == KpiUnit.COUNT && !definition.ratePer10000Children()) {
                return new NeighbourAverage(null, held.size());
            }
            List<BigDecimal> figures = new ArrayList<>();
            for (Council council : councils) {
                StoredValue value = held.get(council.onsCode());
                BigDecimal figure = value == null ? null : value.figures().value();
                if (figure != null && definition.ratePer10000Children()) {
                    figure = RatePer10000.of(figure, childrenAged0To17(council, month));
                }
                figures.add(figure);
            }
            return NeighbourAverage.of(figures, councils.size());
        }
    }

    private static Long childrenAged0To17(Council council, YearMonth month) {
        OptionalLong estimate = Councils.england().childrenAged0To17(council, month);
        return estimate.isPresent() ? estimate.getAsLong() : null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ValuesPage values(ValuesQuery query) {
        List<StoredValue> rows = values.feed(query);
        boolean more = rows.size() > query.limit();
        List<StoredValue> page = more ? rows.subList(0, query.limit()) : rows;
        ReferenceData.Snapshot reference = referenceData.current();
        Map<String, KpiDefinition> definitions = reference.byCode();
        Map<String, List<Benchmark>> benchmarks = reference.benchmarks();
        List<ValuesPage.Value> items = page.stream().map(row -> new ValuesPage.Value(row, definitions.get(row.kpiCode()),
                Benchmark.forMonth(benchmarks.getOrDefault(row.kpiCode(), List.of()), ReportingYear.of(row.month()))
                        .orElse(null))).toList();
        StoredValue last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = more ? new FeedCursor(last.kpiCode(), last.localAuthority(), last.month(),
                last.breakdown().key()).encode() : null;
        return new ValuesPage(items, next);
    }

    /** Contacts received by month, in all or by source, with the change on the same month a year before. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContactVolume> contactVolumes(String localAuthority, YearMonth from, YearMonth to, boolean bySource) {
        List<StoredValue> rows = values.contactVolumes(CONTACTS_RECEIVED, localAuthority, from, to, bySource);
        return rows.stream()
                .sorted(Comparator.comparing(StoredValue::month).thenComparing(row -> row.breakdown().key()))
                .map(KpiFigures::toVolume).toList();
    }

    private static ContactVolume toVolume(StoredValue row) {
        MonthFigures figures = row.figures();
        BigDecimal lastYear = figures.changeOnLastYear() == null ? null : figures.value().subtract(figures.changeOnLastYear());
        return new ContactVolume(row.localAuthority(), row.month(), row.breakdown().source(),
                figures.tally().numerator(), lastYear == null ? null : lastYear.longValue(),
                figures.changeOnLastYearPercent(), figures.changeOnLastMonth());
    }
}
