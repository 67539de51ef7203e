package uk.gov.safeguarding.chassis.imports;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import uk.gov.safeguarding.kernel.HeaderNames;

/**
 * An uploaded table read one row at a time, so a file of any length needs constant memory: a CSV file
 * ({@link CsvUploads#rows}) or one sheet of a workbook ({@link Workbook}). Rows whose cells are all empty,
 * as spreadsheets save below the data, are left out.
 */
public interface TableRows extends Iterator<TableRow>, Closeable {

    /** The header row's column names, trimmed. */
    List<String> header();

    /** The header column matching {@code name} (case and spacing aside), or -1. */
    default int column(String name) {
        String wanted = HeaderNames.normalise(name);
        List<String> header = header();
        for (int i = 0; i < header.size(); i++) {
            if (HeaderNames.normalise(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }


    @Override
    default void close() throws IOException {
    }
}
