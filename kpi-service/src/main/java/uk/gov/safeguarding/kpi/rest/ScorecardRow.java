package uk.gov.safeguarding.kpi.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.kpi.domain.Direction;
import uk.gov.safeguarding.kpi.domain.KpiUnit;
import uk.gov.safeguarding.kpi.domain.Polarity;
import uk.gov.safeguarding.kpi.domain.Rag;

@Schema(description = "One line of a scorecard")
public record ScorecardRow(
        @Schema(examples = "CP_VISITS_IN_TIMESCALE") String kpiCode,
        @Schema(examples = "Child protection visits in timescale") String name,
        KpiUnit unit,
        Polarity polarity,
        @Schema(description = "Null when nothing was counted this month", examples = "87.2") BigDecimal value,
        Long numerator,
        Long denominator,
        @Schema(examples = "83.2") BigDecimal sixMonthAverage,
        BigDecimal target,
        Rag rag,
        @Schema(description = "UP, DOWN or STEADY on last month") Direction.Movement direction,
        @Schema(description = "Whether the movement is good news; null when steady or the KPI has no better direction")
        Boolean improving,
        @Schema(description = "A percentage KPI's change on last month, in percentage points; null for other KPIs",
                examples = "1.4") BigDecimal changeOnLastMonthPoints,
        @Schema(description = "A count's or ratio's relative change on last month, percent; null for percentage KPIs")
        BigDecimal changeOnLastMonthPercent,
        @Schema(description = "A percentage KPI's change on the same month last year, in percentage points; null for "
                + "other KPIs", examples = "11.2") BigDecimal changeOnLastYearPoints,
        @Schema(description = "A count's or ratio's relative change on the same month last year, percent; null for "
                + "percentage KPIs", examples = "56.7") BigDecimal changeOnLastYearPercent,
        @Schema(examples = "2024-25") String benchmarkYear,
        BigDecimal statisticalNeighbours,
        BigDecimal england,
        @Schema(description = "Version of the figures in a closed month; null while the month is open")
        Integer version,
        @Schema(description = "For the counts of children on a plan, in care and in need: the council's children aged "
                + "0 to 17 (latest ONS mid-year estimate on or before the month)", examples = "62113")
        Long childrenAged0To17,
        @Schema(description = "The count per 10,000 children aged 0 to 17, one decimal place: the figure compared with "
                + "statistical neighbours and England", examples = "64.4")
        BigDecimal ratePer10000Children,
        @Schema(description = "The council's statistical neighbours' average this month, worked out from their own "
                + "figures held here (the plain mean, of rates for the counts of children); null when fewer than half "
                + "of the ten have a figure or the KPI is another count", examples = "84.6")
        BigDecimal statisticalNeighboursComputed,
        @Schema(description = "How many of the ten statistical neighbours have a figure this month", examples = "10")
        int statisticalNeighboursReporting) {
}
