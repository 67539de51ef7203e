package uk.gov.safeguarding.kpi.rest;

import java.util.List;
import uk.gov.safeguarding.chassis.rest.CsvTable;

public record BenchmarksView(List<BenchmarkView> items) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return BenchmarkView.CSV_HEADER;
    }

    @Override
    public Iterable<List<?>> csvRows() {
        return items.stream().<List<?>>map(BenchmarkView::csvRow).toList();
    }
}
