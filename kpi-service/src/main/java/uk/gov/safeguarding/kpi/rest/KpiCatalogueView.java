package uk.gov.safeguarding.kpi.rest;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(description = "The KPI catalogue in scorecard order")
public record KpiCatalogueView(List<KpiView> items) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return Arrays.asList("code", "name", "numerator", "denominator", "unit", "polarity", "timescale_rule",
                "parameters", "target", "amber_tolerance", "breach_after_red_months", "by_team", "computed",
                "updated_at", "updated_by");
    }

    @Override
    public Iterable<List<?>> csvRows() {
        return items.stream().<List<?>>map(kpi -> Arrays.asList(kpi.code(), kpi.name(), kpi.numerator(),
                kpi.denominator(), kpi.unit(), kpi.polarity(), kpi.timescaleRule(), parameters(kpi), kpi.target(),
                kpi.amberTolerance(), kpi.breachAfterRedMonths(), kpi.byTeam(), kpi.computed(), kpi.updatedAt(),
                kpi.updatedBy())).toList();
    }

    /** name=value pairs separated by semicolons: one cell, readable in a spreadsheet. */
    private static String parameters(KpiView kpi) {
        return kpi.parameters().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(java.util.stream.Collectors.joining(";"));
    }
}
