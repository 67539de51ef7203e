package uk.gov.safeguarding.actionplan.rest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.service.Reports;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(name = "ProgressReport", description = "Actions counted by status in each group (a source, an owner, an agency or "
        + "a board), with the share complete and how many are overdue or had their date revised")
public record ProgressReportView(@Schema(examples = "OWNER") String by, List<Group> items) implements CsvTable {

    public record Group(@Schema(description = "The source's id, the owner's subject id, the agency or the board; "
            + "empty for actions naming no agency or board") String key,
                        @Schema(description = "The source's title; else the key") String label,
                        long actions, long notStarted, long inProgress, long blocked, long complete, long verified,
                        long cancelled,
                        @Schema(description = "Complete or verified, of the actions not cancelled; null when none")
                        BigDecimal percentComplete,
                        @Schema(description = "Open and past their due date") long overdue,
                        long revisedOnce,
                        @Schema(description = "Revised twice or more") long revisedTwiceOrMore) {
    }

    static ProgressReportView of(String by, List<Reports.Progress> rows) {
        return new ProgressReportView(by, rows.stream().map(p -> {
            var c = p.counts();
            return new Group(c.key(), c.label(), c.total(), c.notStarted(), c.inProgress(), c.blocked(), c.complete(),
                    c.verified(), c.cancelled(), p.percentComplete(), c.overdue(), c.revisedOnce(), c.revisedMore());
        }).toList());
    }

    @Override
    public List<String> csvHeader() {
        return List.of("by", "key", "label", "actions", "not_started", "in_progress", "blocked", "complete", "verified",
                "cancelled", "percent_complete", "overdue", "revised_once", "revised_twice_or_more");
    }

    @Override
    public Iterable<List<?>> csvRows() {
        return items.stream().<List<?>>map(g -> Arrays.asList(by, g.key(), g.label(), g.actions(), g.notStarted(),
                g.inProgress(), g.blocked(), g.complete(), g.verified(), g.cancelled(), g.percentComplete(), g.overdue(),
                g.revisedOnce(), g.revisedTwiceOrMore())).toList();
    }
}
