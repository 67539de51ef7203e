package uk.gov.safeguarding.kpi.mapping;

import java.math.BigDecimal;
import uk.gov.safeguarding.kpi.domain.Benchmark;
import uk.gov.safeguarding.kpi.domain.Change;
import uk.gov.safeguarding.kpi.domain.Direction;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.domain.MonthFigures;
import uk.gov.safeguarding.kpi.domain.NeighbourAverage;
import uk.gov.safeguarding.kpi.domain.RatePer10000;
import uk.gov.safeguarding.kpi.repository.StoredValue;
import uk.gov.safeguarding.kpi.rest.ContactVolumeRow;
import uk.gov.safeguarding.kpi.rest.KpiValueView;
import uk.gov.safeguarding.kpi.rest.KpiValuesPage;
import uk.gov.safeguarding.kpi.rest.ScorecardRow;
import uk.gov.safeguarding.kpi.rest.ScorecardView;
import uk.gov.safeguarding.kpi.service.ContactVolume;
import uk.gov.safeguarding.kpi.service.Scorecard;
import uk.gov.safeguarding.kpi.service.ValuesPage;

/** Stored figures with the catalogue's target and the year's benchmarks beside them. */
public final class KpiValueMapper {

    private KpiValueMapper() {
    }

    public static KpiValuesPage toView(ValuesPage page) {
        return new KpiValuesPage(page.items().stream().map(KpiValueMapper::toView).toList(), page.next());
    }

    private static KpiValueView toView(ValuesPage.Value value) {
        StoredValue stored = value.stored();
        KpiDefinition definition = value.definition();
        Benchmark benchmark = value.benchmark();
        MonthFigures figures = stored.figures();
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

    public static ScorecardView toView(Scorecard scorecard) {
        return new ScorecardView(scorecard.localAuthority(), scorecard.month(),
                scorecard.lines().stream().map(KpiValueMapper::toRow).toList());
    }

    /** A KPI with nothing counted this month still has its line, empty. */
    private static ScorecardRow toRow(Scorecard.Line line) {
        KpiDefinition definition = line.definition();
        StoredValue stored = line.stored();
        Benchmark benchmark = line.benchmark();
        Long children0To17 = line.childrenAged0To17();
        NeighbourAverage neighbours = line.neighbours();
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

    public static ContactVolumeRow toRow(ContactVolume volume) {
        return new ContactVolumeRow(volume.localAuthority(), volume.month(), volume.source(), volume.contacts(),
                volume.sameMonthLastYear(), volume.changeOnLastYearPercent(), volume.changeOnLastMonth());
    }
}
