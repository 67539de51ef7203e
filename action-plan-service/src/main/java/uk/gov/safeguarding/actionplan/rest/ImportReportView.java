package uk.gov.safeguarding.actionplan.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.service.RecommendationImports;

@Schema(name = "RecommendationImportReport", description = "What importing a recommendations table did (or, in a dry "
        + "run, would do): records created, updated and left as they were, and each row refused with its line, the "
        + "column as the table names it, and why")
public record ImportReportView(UUID sourceId,
                               @Schema(description = "True when nothing was stored: the report says what the import would do")
                               boolean dryRun,
                               @Schema(description = "Rows read after the header, empty rows aside") long rows,
                               Counts recommendations, Counts actions, List<FailedRow> failed,
                               @Schema(description = "Headers no column is known by: kept out of the import, not fatal")
                               List<String> unknownColumns) {

    public record Counts(int created, int updated, int unchanged) {
    }

    public record FailedRow(@Schema(description = "The line in the CSV file (its header is line 1), or the item of the "
            + "JSON array (from 1)") long line,
                            @Schema(description = "The column as the table names it", examples = "Due date") String column,
                            String reason) {
    }

    static ImportReportView of(RecommendationImports.Report report) {
        return new ImportReportView(report.sourceId(), report.dryRun(), report.rows(), counts(report.recommendations()),
                counts(report.actions()), report.failed().stream()
                .map(f -> new FailedRow(f.line(), f.field(), f.reason())).toList(), report.unknownColumns());
    }

    private static Counts counts(RecommendationImports.Counts counts) {
        return new Counts(counts.created(), counts.updated(), counts.unchanged());
    }
}
