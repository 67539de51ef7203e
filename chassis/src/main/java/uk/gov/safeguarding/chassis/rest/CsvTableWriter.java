package uk.gov.safeguarding.chassis.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a {@link CsvTable} as RFC 4180 CSV (CRLF, quoted where needed) in UTF-8. */
@Provider
@Produces(CsvTableWriter.TEXT_CSV)
public class CsvTableWriter implements MessageBodyWriter<CsvTable> {

    public static final String TEXT_CSV = "text/csv";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvTable.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(CsvTable table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException, WebApplicationException {
        headers.putSingle("Content-Type", TEXT_CSV + "; charset=UTF-8; header=present");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(table.csvHeader());
        for (List<?> row : table.csvRows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object value : row) {
                cells.add(cell(value));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof CharSequence text) {
            return inert(text.toString());
        }
        return value.toString();
    }

    /**
     * Free text a caller wrote (an update, a title) opened in Excel must not run as a formula (OWASP's CSV
     * injection): text beginning with one of = + - @ or a tab or carriage return is written after a quote mark,
     * which Excel shows as text. Numbers and dates are not text here, so they are written as they are.
     */
    static String inert(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
