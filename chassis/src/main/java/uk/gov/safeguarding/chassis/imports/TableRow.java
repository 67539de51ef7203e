package uk.gov.safeguarding.chassis.imports;

import java.util.List;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.chassis.text.UnsafeText;

/**
 * One row of an uploaded table (a CSV line or a workbook row): its line in the file (the header's being
 * line 1 in a CSV, the sheet's row number in a workbook), its cells, or why it could not be read at all.
 */
public record TableRow(long line, List<String> cells, String unreadable) {

    public static TableRow of(long line, List<String> cells) {
        return new TableRow(line, List.copyOf(cells), null);
    }

    public static TableRow unreadable(long line, String reason) {
        return new TableRow(line, List.of(), reason);
    }

    /** The cell at {@code index}, trimmed; "" past the end (spreadsheets leave trailing empty cells out). */
    public String get(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
    }

    public boolean isBlank() {
        return unreadable == null && cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    /**
     * Why the row cannot be used before its values are read, naming the column: unreadable, more values
     * than the header has columns, or a cell of unsafe text. {@code null} when it can be used.
     */
    public FieldViolation problem(List<String> header) {
        if (unreadable != null) {
            return new FieldViolation("row", unreadable);
        }
        for (int i = header.size(); i < cells.size(); i++) {
            if (cells.get(i) != null && !cells.get(i).isBlank()) {
                return new FieldViolation("row", "has a value in column " + (i + 1) + " but the header has "
                        + header.size() + " columns");
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            String problem = cells.get(i) == null ? null : UnsafeText.problem(cells.get(i));
            if (problem != null) {
                String column = i < header.size() && !header.get(i).isBlank() ? header.get(i) : "column " + (i + 1);
                return new FieldViolation(column, problem);
            }
        }
        return null;
    }
}
