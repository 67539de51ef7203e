package uk.gov.safeguarding.kpi.imports;

import java.util.List;
import uk.gov.safeguarding.kpi.service.BatchOutcome;

/** What an Annex A workbook loaded, sheet by sheet, and which sheets were skipped and why. */
public record WorkbookOutcome(List<Loaded> loaded, List<Skipped> skipped) {

    /** A sheet taken for the list its header shows, and what its rows stored. */
    public record Loaded(String sheet, int list, BatchOutcome outcome) {
    }

    /** A sheet not loaded: a list this service does not use ({@code list} set), or no list at all. */
    public record Skipped(String sheet, Integer list, String reason) {
    }
}
