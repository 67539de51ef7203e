package uk.gov.safeguarding.kpi.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(description = "A page of the KPI values feed, in a stable order; pass next as after for the following page")
public record KpiValuesPage(
        List<KpiValueView> items,
        @Schema(description = "Cursor of the last item; null on the last page") String next) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return KpiValueView.CSV_HEADER;
    }

    @Override
    public Iterable<List<?>> csvRows() {
        return items.stream().<List<?>>map(KpiValueView::csvRow).toList();
    }
}
