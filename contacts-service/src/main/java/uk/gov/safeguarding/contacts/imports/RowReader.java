package uk.gov.safeguarding.contacts.imports;

import java.io.Closeable;
import java.util.Iterator;

/** Reads a batch file one row at a time, so a file of any length needs constant memory. */
public interface RowReader extends Iterator<ImportRow>, Closeable {
}
