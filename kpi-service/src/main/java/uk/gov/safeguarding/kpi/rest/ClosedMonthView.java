package uk.gov.safeguarding.kpi.rest;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A closed month and the versions of its figures")
public record ClosedMonthView(String localAuthority, YearMonth month, Instant closedAt, String closedBy, String reason,
                              @Schema(description = "One entry per KPI and version, oldest first") List<Version> versions) {

    @Schema(description = "One published version of a KPI's figures for the month")
    public record Version(@Schema(examples = "ICPC_IN_TIMESCALE") String kpiCode,
                          @Schema(examples = "2") int version,
                          Instant publishedAt,
                          @Schema(description = "closed, or late data", examples = "late data") String reason) {
    }
}
