package uk.gov.safeguarding.chassis.imports;

import java.io.IOException;
import java.io.Reader;
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

    /** @throws ProblemException 400 when the header row cannot be read or holds unsafe text */
    public static CSVParser open(Reader reader) {
        CSVParser parser;
        try {
            parser = FORMAT.parse(reader);
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
