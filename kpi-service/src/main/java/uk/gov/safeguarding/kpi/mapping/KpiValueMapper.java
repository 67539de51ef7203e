package uk.gov.safeguarding.kpi.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.kpi.domain.Benchmark;
import uk.gov.safeguarding.kpi.domain.Change;
import uk.gov.safeguarding.kpi.domain.Direction;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.domain.MonthFigures;
import uk.gov.safeguarding.kpi.domain.NeighbourAverage;
import uk.gov.safeguarding.kpi.domain.RatePer10000;
import uk.gov.safeguarding.kpi.domain.ReportingYear;
import uk.gov.safeguarding.kpi.repository.StoredValue;
import uk.gov.safeguarding.kpi.rest.KpiValueView;
import uk.gov.safeguarding.kpi.rest.ScorecardRow;

/** Stored figures with the catalogue's target and the year's benchmarks beside them. */
public final class KpiValueMapper {

    private KpiValueMapper() {
    }

    public static KpiValueView toView(StoredValue stored, KpiDefinition definition, Map<String, List<Benchmark>> benchmarks) {
        MonthFigures figures = stored.figures();
        Benchmark benchmark = benchmarkFor(stored, benchmarks);
        Change.Reported onLastMonth = onLastMonth(definition, figures);
        Change.Reported onLastYear = onLastYear(definition, figures);
        return new KpiValueView(stored.kpiCode(), stored.localAuthority(), stored.month(), stored.breakdown().team(),
                stored.breakdown().source(), figures.tally().numerator(), figures.tally().denominator(), figures.value(),
                figures.sixMonthAverage(), figures.sixMonthTally().numerator(), figures.sixMonthTally().denominator(),
                onLastMonth.points(), onLastMonth.percent(), onLastYear.points(), onLastYear.percent(),
                definition.target(), definition.rate(figures.value()),
                benchmark == null ? null : benchmark.year().toString(),
                benchmark == null ? null : benchmark.statisticalNeighbours(),
                benchmark == null ? null : benchmark.england(), stored.computedAt(), stored.version());
    }

    /** A KPI with nothing counted this month still has its line, empty. */
    /** @param children0To17 the council's children aged 0 to 17 that month, for the KPIs shown as a rate; or null */
    public static ScorecardRow toScorecardRow(KpiDefinition definition, StoredValue stored, Benchmark benchmark,
                                              Long children0To17, NeighbourAverage neighbours) {
        MonthFigures figures = stored == null ? null : stored.figures();
        BigDecimal value = figures == null ? null : figures.value();
        BigDecimal change = figures == null ? null : figures.changeOnLastMonth();
        Change.Reported onLastMonth = onLastMonth(definition, figures);
        Change.Reported onLastYear = onLastYear(definition, figures);
        Direction direction = value == null || change == null ? null
                : Direction.of(value, value.subtract(change), definition.polarity());
        return new ScorecardRow(definition.code(), definition.name(), definition.unit(), definition.polarity(), value,
                figures == null ? null : figures.tally().numerator(),
                figures == null ? null : figures.tally().denominator(),
                figures == null ? null : figures.sixMonthAverage(), definition.target(), definition.rate(value),
                direction == null ? null : direction.movement(), direction == null ? null : direction.improving(),
                onLastMonth.points(), onLastMonth.percent(), onLastYear.points(), onLastYear.percent(),
                benchmark == null ? null : benchmark.year().toString(),
                benchmark == null ? null : benchmark.statisticalNeighbours(),
                benchmark == null ? null : benchmark.england(), stored == null ? null : stored.version(),
                definition.ratePer10000Children() ? children0To17 : null,
                definition.ratePer10000Children() ? RatePer10000.of(value, children0To17) : null,
                neighbours.value(), neighbours.reporting());
    }

    private static Change.Reported onLastMonth(KpiDefinition definition, MonthFigures figures) {
        return Change.reported(definition.unit(), figures == null ? null : figures.value(),
                figures == null ? null : figures.changeOnLastMonth());
    }

    private static Change.Reported onLastYear(KpiDefinition definition, MonthFigures figures) {
        return Change.reported(definition.unit(), figures == null ? null : figures.value(),
                figures == null ? null : figures.changeOnLastYear());
    }

    public static Benchmark benchmarkFor(StoredValue stored, Map<String, List<Benchmark>> benchmarks) {
        return Benchmark.forMonth(benchmarks.getOrDefault(stored.kpiCode(), List.of()), ReportingYear.of(stored.month()))
                .orElse(null);
    }
}
