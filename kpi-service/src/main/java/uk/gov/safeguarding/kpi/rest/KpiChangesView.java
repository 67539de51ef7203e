package uk.gov.safeguarding.kpi.rest;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(description = "Changes to a KPI's settings, newest first")
public record KpiChangesView(List<KpiChangeView> items) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return Arrays.asList("kpi_code", "changed_at", "changed_by", "reason", "before", "after");
    }

    /** Settings before and after as name=value pairs, one cell each. */
    @Override
    public Iterable<List<?>> csvRows() {
        return items.stream().<List<?>>map(change -> Arrays.asList(change.kpiCode(), change.changedAt(),
                change.changedBy(), change.reason(), pairs(change.before()), pairs(change.after()))).toList();
    }

    private static String pairs(java.util.Map<String, Object> settings) {
        return settings == null ? null : settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(";"));
    }
}
