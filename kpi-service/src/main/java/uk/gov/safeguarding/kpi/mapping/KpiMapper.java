package uk.gov.safeguarding.kpi.mapping;

import java.util.TreeMap;
import uk.gov.safeguarding.kpi.repository.KpiBenchmarkRow;
import uk.gov.safeguarding.kpi.repository.KpiDefinitionChangeRow;
import uk.gov.safeguarding.kpi.repository.KpiDefinitionRow;
import uk.gov.safeguarding.kpi.rest.BenchmarkView;
import uk.gov.safeguarding.kpi.rest.KpiChangeView;
import uk.gov.safeguarding.kpi.rest.KpiView;

public final class KpiMapper {

    private KpiMapper() {
    }

    public static KpiView toView(KpiDefinitionRow row, boolean computed) {
        return new KpiView(row.code, row.name, row.numerator, row.denominator, row.unit, row.polarity,
                row.timescaleRule, new TreeMap<>(row.parameters), row.target, row.amberTolerance,
                row.breachAfterRedMonths, row.byTeam, computed, row.updatedAt, row.updatedBy);
    }

    public static KpiChangeView toView(KpiDefinitionChangeRow row) {
        return new KpiChangeView(row.kpiCode, row.changedAt, row.changedBy, row.reason, row.before, row.after);
    }

    public static BenchmarkView toView(KpiBenchmarkRow row) {
        return new BenchmarkView(row.kpiCode, row.period, row.statisticalNeighbours, row.england, row.source,
                row.loadedAt, row.loadedBy);
    }
}
