package uk.gov.safeguarding.kpi.rest;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(description = "Contact volumes by month with year-on-year change, oldest month first")
public record ContactVolumesView(List<ContactVolumeRow> items) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return Arrays.asList("local_authority", "month", "source", "contacts", "same_month_last_year",
                "change_on_last_year_percent", "change_on_last_month");
    }

    @Override
    public Iterable<List<?>> csvRows() {
        return items.stream().<List<?>>map(row -> Arrays.asList(row.localAuthority(), row.month(), row.source(),
                row.contacts(), row.sameMonthLastYear(), row.changeOnLastYearPercent(), row.changeOnLastMonth())).toList();
    }
}
