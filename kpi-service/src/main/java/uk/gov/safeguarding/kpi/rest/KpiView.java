package uk.gov.safeguarding.kpi.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.kpi.domain.KpiUnit;
import uk.gov.safeguarding.kpi.domain.Polarity;

@Schema(description = "A KPI of the catalogue with its current settings")
public record KpiView(
        @Schema(examples = "CP_VISITS_IN_TIMESCALE") String code,
        @Schema(examples = "Child protection visits in timescale") String name,
        String numerator,
        String denominator,
        KpiUnit unit,
        Polarity polarity,
        String timescaleRule,
        @Schema(description = "Local timescale settings", examples = "{\"visitIntervalWorkingDays\": 10}")
        Map<String, Integer> parameters,
        @Schema(examples = "90.0") BigDecimal target,
        @Schema(description = "How far short of the target is still amber", examples = "5.0") BigDecimal amberTolerance,
        @Schema(description = "Consecutive red months that make a breach", examples = "2") int breachAfterRedMonths,
        @Schema(description = "Whether figures are also given per team") boolean byTeam,
        @Schema(description = "False while the facts this KPI counts are not yet taken in") boolean computed,
        Instant updatedAt,
        String updatedBy) {
}
