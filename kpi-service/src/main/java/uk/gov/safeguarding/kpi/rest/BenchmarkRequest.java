package uk.gov.safeguarding.kpi.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A KPI's comparators for one reporting year; at least one of the two figures")
public record BenchmarkRequest(
        @Schema(examples = "80.2") @DecimalMin("0") @DecimalMax("1000000")
        BigDecimal statisticalNeighbours,
        @Schema(examples = "81.4") @DecimalMin("0") @DecimalMax("1000000")
        BigDecimal england,
        @Schema(examples = "DfE Children in need 2024-25, table C3") @Size(max = 300) String source) {
}
