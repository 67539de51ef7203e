package uk.gov.safeguarding.chassis.imports;

import java.util.NoSuchElementException;

/**
 * The iteration both table readers share: rows read one ahead, with the rows whose cells are all empty
 * (spreadsheets keep them below the data) left out.
 */
abstract class NonBlankRows implements TableRows {

    private TableRow next;

    /** The next row of the source, blank or not; null at its end. */
    protected abstract TableRow read();

    @Override
    public final boolean hasNext() {
        while (next == null) {
            TableRow row = read();
            if (row == null) {
                return false;
            }
            if (!row.isBlank()) {
                next = row;
            }
        }
        return true;
    }

    @Override
    public final TableRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TableRow row = next;
        next = null;
        return row;
    }
}
