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
        BigDecimal changeOnLastMonth,
        BigDecimal changeOnLastYearPercent,
        @Schema(examples = "2024-25") String benchmarkYear,
        BigDecimal statisticalNeighbours,
        BigDecimal england,
        @Schema(description = "Version of the figures in a closed month; null while the month is open")
        Integer version) {
}
