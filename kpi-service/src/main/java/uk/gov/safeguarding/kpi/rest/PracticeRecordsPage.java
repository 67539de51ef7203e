package uk.gov.safeguarding.kpi.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(name = "PracticeRecordsPage", description = "A page of practice records in record-id order")
public record PracticeRecordsPage(
        List<PracticeRecordView> items,
        @Schema(description = "Ask again with after=<next> for the following page; null on the last") String next)
        implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return List.of("record_id", "kind", "local_authority", "child_ref", "team", "worker", "span_start", "span_end",
                "days", "working_days");
    }

    @Override
    public Iterable<List<?>> csvRows() {
        List<List<?>> rows = new ArrayList<>(items.size());
        for (PracticeRecordView r : items) {
            rows.add(Arrays.asList(r.recordId(), r.kind(), r.localAuthority(), r.childRef(), r.team(), r.worker(),
                    r.spanStart(), r.spanEnd(), r.days(), r.workingDays()));
        }
        return rows;
    }
}
