package uk.gov.safeguarding.actionplan.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.repository.ReportQueries;
import uk.gov.safeguarding.actionplan.service.Reports;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(name = "BoardPack", description = "A board's open actions (all but verified and cancelled: a completed one waits "
        + "for verification), soonest due first, each with its latest update, RAG beside its owner's, impact measure "
        + "and the date changes approved")
public record BoardPackView(String board, List<Item> items, int page, int size, long totalItems, int totalPages)
        implements CsvTable {

    public record Item(UUID actionId, UUID sourceId, String sourceTitle, String recommendationNumber, String what,
                       String owner, String ownerAgency, String status, LocalDate dueDate, LocalDate originalDueDate,
                       int revisions, List<DateChange> dateChanges,
                       @Schema(description = "By the council's rules") String rag,
                       @Schema(description = "The owner's latest judgement") String ownerRag,
                       LatestUpdate latestUpdate, String impactKpi, List<ImpactView> impact) {
    }

    public record DateChange(LocalDate from, LocalDate to, String reason, String requestedBy, String approvedBy,
                             Instant approvedAt) {
    }

    public record LatestUpdate(LocalDate writtenOn, String author, String text, String ownerRag, String evidenceUrl,
                               String evidenceSha256) {
    }

    static BoardPackView of(String board, ReportQueries.Page<Reports.BoardItem> page, int number, int size) {
        return new BoardPackView(board, page.items().stream().map(BoardPackView::item).toList(), number, size,
                page.total(), (int) ((page.total() + size - 1) / size));
    }

    private static Item item(Reports.BoardItem b) {
        var a = b.action();
        var u = b.latestUpdate();
        return new Item(a.id, b.source().id, b.source().title, b.recommendation().number, a.what, a.owner,
                a.ownerAgency, a.status.name(), a.dueDate, a.originalDueDate, a.revisions,
                b.dateChanges().stream().map(r -> new DateChange(r.fromDate, r.toDate, r.reason, r.requestedBy,
                        r.decidedBy, r.decidedAt)).toList(),
                b.rag() == null ? null : b.rag().name(), b.ownerRag() == null ? null : b.ownerRag().name(),
                u == null ? null : new LatestUpdate(u.writtenOn, u.author, u.text,
                        u.ownerRag == null ? null : u.ownerRag.name(), u.evidenceUrl, u.evidenceSha256),
                a.impactKpi, b.impact().stream().map(ImpactView::of).toList());
    }

    @Override
    public List<String> csvHeader() {
        return List.of("action_id", "source_title", "recommendation", "action", "owner", "agency", "status", "due_date",
                "original_due_date", "revisions", "rag", "owner_rag", "latest_update_on", "latest_update",
                "latest_evidence", "impact_kpi", "impact_latest", "impact_trend");
    }

    @Override
    public Iterable<List<?>> csvRows() {
        return items.stream().<List<?>>map(i -> Arrays.asList(i.actionId(), i.sourceTitle(), i.recommendationNumber(),
                i.what(), i.owner(), i.ownerAgency(), i.status(), i.dueDate(), i.originalDueDate(), i.revisions(),
                i.rag(), i.ownerRag(), i.latestUpdate() == null ? null : i.latestUpdate().writtenOn(),
                i.latestUpdate() == null ? null : i.latestUpdate().text(),
                i.latestUpdate() == null ? null : i.latestUpdate().evidenceUrl(), i.impactKpi(),
                i.impact().stream().map(m -> m.localAuthority() + " " + m.latestMonth() + ": " + m.latestValue())
                        .collect(Collectors.joining("; ")),
                i.impact().stream().map(m -> m.localAuthority() + ": " + m.trend()).collect(Collectors.joining("; "))))
                .toList();
    }
}
