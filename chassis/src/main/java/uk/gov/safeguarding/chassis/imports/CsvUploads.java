package uk.gov.safeguarding.chassis.imports;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Iterator;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;
import uk.gov.safeguarding.chassis.text.UnsafeText;

/**
 * How every service reads an uploaded CSV file: one format (RFC 4180 with a header row, values trimmed,
 * empty lines skipped), a header that cannot be read answered as the caller's mistake, read errors
 * described without the parser's class names, and each row's cells held to {@link UnsafeText} so one bad
 * cell is one row error, not a failed batch.
 */
public final class CsvUploads {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();

    private CsvUploads() {
    }

    /**
     * Opens a CSV file as Excel's "Save as CSV" writes it too: a byte-order mark is dropped; CRLF line
     * ends, empty lines and quoted cells are RFC 4180's.
     *
     * @throws ProblemException 400 when the header row cannot be read or holds unsafe text
     */
    public static CSVParser open(Reader reader) {
        CSVParser parser;
        try {
            parser = FORMAT.parse(withoutByteOrderMark(reader));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The header row cannot be read: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The body is not readable as CSV: " + describe(e));
        }
        for (String name : parser.getHeaderNames()) {
            String problem = UnsafeText.problem(name);
            if (problem != null) {
                throw ProblemException.invalid("header", "a column name " + problem);
            }
        }
        return parser;
    }

    /**
     * The file's rows after its header, a row at a time; rows of empty cells (Excel saves those below the
     * data) are left out, and a row the parser cannot read is an unreadable row, not a failed file.
     */
    public static TableRows rows(Reader reader) {
        CSVParser parser = open(reader);
        List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
        Iterator<CSVRecord> records = parser.iterator();
        return new NonBlankRows() {
            @Override
            public List<String> header() {
                return header;
            }

            @Override
            protected TableRow read() {
                if (!records.hasNext()) {
                    return null;
                }
                try {
                    CSVRecord record = records.next();
                    return TableRow.of(record.getRecordNumber() + 1, record.toList());
                } catch (UncheckedIOException e) {
                    throw e;
                } catch (RuntimeException e) {
                    return TableRow.unreadable(parser.getCurrentLineNumber(), "is not well-formed CSV: " + describe(e));
                }
            }

            @Override
            public void close() throws IOException {
                parser.close();
            }
        };
    }

    private static Reader withoutByteOrderMark(Reader reader) {
        PushbackReader pushback = new PushbackReader(reader, 1);
        try {
            int first = pushback.read();
            if (first != -1 && first != '\uFEFF') {
                pushback.unread(first);
            }
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The body could not be read");
        }
        return pushback;
    }

    /** The parser's own words for a read failure, without exception class names. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? "the file ends or breaks off where a value was expected" : message;
    }

    /** The first cell of {@code record} that holds unsafe text, as a violation naming its column; else {@code null}. */
    public static FieldViolation unsafeCell(CSVRecord record, List<String> header) {
        for (int i = 0; i < record.size(); i++) {
            String problem = UnsafeText.problem(record.get(i));
            if (problem != null) {
                String column = i < header.size() && !header.get(i).isBlank() ? header.get(i) : "column " + (i + 1);
                return new FieldViolation(column, problem);
            }
        }
        return null;
    }
}
