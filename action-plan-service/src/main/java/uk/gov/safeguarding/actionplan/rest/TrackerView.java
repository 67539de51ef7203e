package uk.gov.safeguarding.actionplan.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.repository.ReportQueries;
import uk.gov.safeguarding.actionplan.service.Reports;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(name = "Tracker", description = "Each recommendation's standing in the words of the Treasury Minutes progress "
        + "reports: implemented, work in progress, not implemented or superseded (or not accepted), from its actions")
public record TrackerView(List<Item> items, int page, int size, long totalItems, int totalPages) implements CsvTable {

    public record Item(UUID recommendationId, UUID sourceId, String sourceTitle, String sourceType, String number,
                       List<String> references, String theme,
                       @Schema(description = "ACCEPTED, PARTLY_ACCEPTED or NOT_ACCEPTED; null before a response") String response,
                       @Schema(description = "IMPLEMENTED, WORK_IN_PROGRESS, NOT_IMPLEMENTED, SUPERSEDED or NOT_ACCEPTED")
                       String status,
                       int actions, long actionsVerified, long actionsOverdue,
                       @Schema(description = "The latest due date of its actions still wanted") LocalDate lastDue) {
    }

    static TrackerView of(ReportQueries.Page<Reports.Tracked> page, int number, int size) {
        return new TrackerView(page.items().stream().map(t -> {
            var r = t.row();
            return new Item(r.recommendationId(), r.sourceId(), r.sourceTitle(), r.sourceType(), r.number(),
                    r.references(), r.theme(), r.response(), t.progress().name(), r.statuses().size(),
                    r.statuses().stream().filter("VERIFIED"::equals).count(), r.overdue(), r.latestDue());
        }).toList(), number, size, page.total(), (int) ((page.total() + size - 1) / size));
    }

    @Override
    public List<String> csvHeader() {
        return List.of("recommendation_id", "source_id", "source_title", "source_type", "number", "references", "theme",
                "response", "status", "actions", "actions_verified", "actions_overdue", "last_due");
    }

    @Override
    public Iterable<List<?>> csvRows() {
        return items.stream().<List<?>>map(i -> Arrays.asList(i.recommendationId(), i.sourceId(), i.sourceTitle(),
                i.sourceType(), i.number(), String.join("; ", i.references()), i.theme(), i.response(), i.status(),
                i.actions(), i.actionsVerified(), i.actionsOverdue(), i.lastDue())).toList();
    }
}
