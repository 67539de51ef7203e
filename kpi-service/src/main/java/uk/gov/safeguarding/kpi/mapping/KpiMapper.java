package uk.gov.safeguarding.kpi.mapping;

import java.util.TreeMap;
import uk.gov.safeguarding.kpi.repository.BreachRow;
import uk.gov.safeguarding.kpi.repository.KpiBenchmarkRow;
import uk.gov.safeguarding.kpi.repository.KpiDefinitionChangeRow;
import uk.gov.safeguarding.kpi.repository.KpiDefinitionRow;
import uk.gov.safeguarding.kpi.rest.BenchmarkRequest;
import uk.gov.safeguarding.kpi.rest.BenchmarkView;
import uk.gov.safeguarding.kpi.rest.BreachView;
import uk.gov.safeguarding.kpi.rest.ClosedMonthView;
import uk.gov.safeguarding.kpi.rest.KpiChangeRequest;
import uk.gov.safeguarding.kpi.rest.KpiChangeView;
import uk.gov.safeguarding.kpi.rest.KpiView;
import uk.gov.safeguarding.kpi.rest.RowError;
import uk.gov.safeguarding.kpi.rest.UploadReport;
import uk.gov.safeguarding.kpi.service.BenchmarkFigures;
import uk.gov.safeguarding.kpi.service.Breaches;
import uk.gov.safeguarding.kpi.service.ClosedMonths;
import uk.gov.safeguarding.kpi.service.KpiChange;
import uk.gov.safeguarding.kpi.service.UploadOutcome;

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

    public static BreachView toView(Breaches.Breach breach) {
        BreachRow row = breach.row();
        return new BreachView(row.kpiCode(), breach.kpiName(), row.localAuthority(), row.runStart().toString(),
                row.breachedIn().toString(), row.firstRedMonth().toString(), row.lastRedMonth().toString(),
                row.breachAfterRedMonths(), breach.status(), row.announcedAt(), row.withdrawnAt());
    }

    public static ClosedMonthView toView(ClosedMonths.Published published) {
        var closed = published.closed();
        return new ClosedMonthView(closed.localAuthority(), closed.month(), closed.closedAt(), closed.closedBy(),
                closed.reason(), published.versions().stream()
                .map(v -> new ClosedMonthView.Version(v.kpiCode(), v.version(), v.publishedAt(), v.reason())).toList());
    }

    public static KpiChange toCommand(KpiChangeRequest request) {
        return new KpiChange(request.target(), request.amberTolerance(), request.breachAfterRedMonths(),
                request.parameters(), request.reason());
    }

    public static BenchmarkFigures toCommand(BenchmarkRequest request) {
        return new BenchmarkFigures(request.statisticalNeighbours(), request.england(), request.source());
    }

    public static UploadReport toReport(UploadOutcome outcome) {
        return new UploadReport(outcome.rowsRead(), outcome.stored(), outcome.failed(), outcome.errors().stream()
                .map(error -> new RowError(error.line(), error.field(), error.reason())).toList());
    }
}
