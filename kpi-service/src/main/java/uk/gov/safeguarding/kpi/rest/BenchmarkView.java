package uk.gov.safeguarding.kpi.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A KPI's comparators for one reporting year")
public record BenchmarkView(@Schema(examples = "ICPC_IN_TIMESCALE") String kpiCode,
                            @Schema(examples = "2024-25") String year,
                            BigDecimal statisticalNeighbours, BigDecimal england, String source,
                            Instant loadedAt, String loadedBy) {

    static final List<String> CSV_HEADER = Arrays.asList("kpi_code", "year", "statistical_neighbours", "england",
            "source", "loaded_at", "loaded_by");

    List<?> csvRow() {
        return Arrays.asList(kpiCode, year, statisticalNeighbours, england, source, loadedAt, loadedBy);
    }
}
