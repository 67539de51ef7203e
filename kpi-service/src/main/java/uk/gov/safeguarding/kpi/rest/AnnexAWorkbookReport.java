package uk.gov.safeguarding.kpi.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an Annex A workbook loaded, sheet by sheet, and which sheets were skipped and why")
public record AnnexAWorkbookReport(
        @Schema(description = "The sheets loaded, in the workbook's order") List<SheetReport> lists,
        @Schema(description = "Sheets of lists this service does not use (1, 2, 9 to 11), or of no list") List<SkippedSheet> skipped) {

    @Schema(description = "One sheet, taken for the Annex A list its header row shows")
    public record SheetReport(@Schema(examples = "List 7") String sheet,
                              @Schema(examples = "7") int list,
                              BatchReport report) {
    }

    @Schema(description = "A sheet not loaded")
    public record SkippedSheet(@Schema(examples = "List 1") String sheet,
                               @Schema(description = "The list its header shows; null when none", examples = "1") Integer list,
                               @Schema(examples = "List 1 (contacts) is not used by this service") String reason) {
    }
}
