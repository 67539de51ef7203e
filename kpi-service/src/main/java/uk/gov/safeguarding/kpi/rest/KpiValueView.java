package uk.gov.safeguarding.kpi.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.kpi.domain.Rag;

@Schema(description = "One KPI's figures for a council, month and (where it has them) team or contact source")
public record KpiValueView(
        @Schema(examples = "CONTACTS_PROGRESSED") String kpiCode,
        @Schema(examples = "E06000015") String localAuthority,
        YearMonth month,
        @Schema(description = "Null for the whole council") String team,
        @Schema(description = "Contact source code; null for all sources", examples = "2A") String source,
        @Schema(examples = "312") long numerator,
        @Schema(description = "1 for a count", examples = "2052") long denominator,
        @Schema(description = "Percent, count or ratio, one decimal place; null when the denominator is 0",
                examples = "15.2") BigDecimal value,
        @Schema(description = "Pooled over the 6 months ending with this one", examples = "14.8") BigDecimal sixMonthAverage,
        long sixMonthNumerator,
        long sixMonthDenominator,
        @Schema(description = "A percentage KPI's change on last month, in percentage points; null for other KPIs")
        BigDecimal changeOnLastMonthPoints,
        @Schema(description = "A count's or ratio's relative change on last month, percent; null for percentage KPIs")
        BigDecimal changeOnLastMonthPercent,
        @Schema(description = "A percentage KPI's change on the same month last year, in percentage points; null for "
                + "other KPIs", examples = "11.2") BigDecimal changeOnLastYearPoints,
        @Schema(description = "A count's or ratio's relative change on the same month last year, percent; null for "
                + "percentage KPIs", examples = "27.7") BigDecimal changeOnLastYearPercent,
        BigDecimal target,
        Rag rag,
        @Schema(description = "Reporting year of the benchmarks shown", examples = "2024-25") String benchmarkYear,
        BigDecimal statisticalNeighbours,
        BigDecimal england,
        Instant computedAt,
        @Schema(description = "Version of a closed month's figures; null while the month is open", examples = "1")
        Integer version) {

    static final List<String> CSV_HEADER = Arrays.asList("kpi_code", "local_authority", "month", "team", "source",
            "numerator", "denominator", "value", "six_month_average", "six_month_numerator", "six_month_denominator",
            "change_on_last_month_points", "change_on_last_month_percent", "change_on_last_year_points",
            "change_on_last_year_percent", "target", "rag",
            "benchmark_year", "statistical_neighbours", "england", "computed_at", "version");

    List<?> csvRow() {
        return Arrays.asList(kpiCode, localAuthority, month, team, source, numerator, denominator, value,
                sixMonthAverage, sixMonthNumerator, sixMonthDenominator, changeOnLastMonthPoints, changeOnLastMonthPercent,
                changeOnLastYearPoints, changeOnLastYearPercent, target, rag, benchmarkYear, statisticalNeighbours, england, computedAt, version);
    }
}
