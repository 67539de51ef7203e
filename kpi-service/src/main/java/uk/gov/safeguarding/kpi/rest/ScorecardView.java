package uk.gov.safeguarding.kpi.rest;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(description = "The month's KPI table as a scrutiny report prints it, in catalogue order")
public record ScorecardView(@Schema(examples = "E06000015") String localAuthority, YearMonth month,
                            List<ScorecardRow> rows) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return Arrays.asList("local_authority", "month", "kpi_code", "name", "unit", "polarity", "value", "numerator",
                "denominator", "six_month_average", "target", "rag", "direction", "improving", "change_on_last_month_points",
                "change_on_last_month_percent", "change_on_last_year_points", "change_on_last_year_percent", "benchmark_year", "statistical_neighbours", "england", "version",
                "children_aged_0_to_17", "rate_per_10000_children", "statistical_neighbours_computed",
                "statistical_neighbours_reporting");
    }

    @Override
    public Iterable<List<?>> csvRows() {
        return rows.stream().<List<?>>map(row -> Arrays.asList(localAuthority, month, row.kpiCode(), row.name(),
                row.unit(), row.polarity(), row.value(), row.numerator(), row.denominator(), row.sixMonthAverage(),
                row.target(), row.rag(), row.direction(), row.improving(), row.changeOnLastMonthPoints(),
                row.changeOnLastMonthPercent(), row.changeOnLastYearPoints(), row.changeOnLastYearPercent(), row.benchmarkYear(), row.statisticalNeighbours(), row.england(),
                row.version(), row.childrenAged0To17(), row.ratePer10000Children(),
                row.statisticalNeighboursComputed(), row.statisticalNeighboursReporting())).toList();
    }
}
