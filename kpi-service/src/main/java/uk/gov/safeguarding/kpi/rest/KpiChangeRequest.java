package uk.gov.safeguarding.kpi.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A change to a KPI's local settings: fields left out stay as they are")
public record KpiChangeRequest(
        @DecimalMin("0") @DecimalMax("1000000") BigDecimal target,
        @DecimalMin("0") @DecimalMax("1000000") BigDecimal amberTolerance,
        @Min(1) @Max(24) Integer breachAfterRedMonths,
        @Schema(description = "Only the KPI's own parameters; each 0 to 3660",
                examples = "{\"visitIntervalWorkingDays\": 15}")
        @Size(max = 10) Map<String, @Min(0) @Max(3660) Integer> parameters,
        @Schema(description = "Why: kept in the change history", examples = "Local target agreed at scrutiny, 12 Jan 2026")
        @NotBlank @Size(max = 500) String reason) {
}
