package uk.gov.safeguarding.audit.rest;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(name = "LogEntriesPage", description = "A page of entries in sequence order")
public record LogEntriesPage(
        List<LogEntryView> items,
        @Schema(description = "Ask again with after=<next> for the following page; null on the last", examples = "1141")
        Long next) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return List.of("seq", "event_id", "service", "actor", "action", "resource_type", "resource_id", "child_refs",
                "outcome", "status", "occurred_at", "appended_at", "leaf_hash");
    }

    @Override
    public Iterable<List<?>> csvRows() {
        List<List<?>> rows = new ArrayList<>(items.size());
        for (LogEntryView e : items) {
            rows.add(java.util.Arrays.asList(e.seq(), e.eventId(), e.service(), e.actor(), e.action(), e.resourceType(),
                    e.resourceId(), String.join(" ", e.childRefs()), e.outcome(), e.status(), e.occurredAt(),
                    e.appendedAt(), e.leafHash()));
        }
        return rows;
    }
}
