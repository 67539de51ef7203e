package uk.gov.safeguarding.kpi.rest;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(description = "A council's closed months, newest first")
public record ClosedMonthsView(List<ClosedMonthView> items) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return Arrays.asList("local_authority", "month", "closed_at", "closed_by", "kpi_code", "version",
                "published_at", "reason");
    }

    /** One row per KPI version of each closed month. */
    @Override
    public Iterable<List<?>> csvRows() {
        return items.stream().flatMap(month -> month.versions().stream().<List<?>>map(version -> Arrays.asList(
                month.localAuthority(), month.month(), month.closedAt(), month.closedBy(), version.kpiCode(),
                version.version(), version.publishedAt(), version.reason()))).toList();
    }
}
