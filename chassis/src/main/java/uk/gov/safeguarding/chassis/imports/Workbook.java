package uk.gov.safeguarding.chassis.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;

/**
 * An uploaded Excel workbook (.xlsx), its sheets read one after another and each a row at a time as XML
 * (POI's package and shared-strings readers, StAX over the sheet), so a sheet of any length needs
 * constant memory beyond its shared strings. Cells come as text the CSV path would hold: a date cell as
 * an ISO date (date-time if it has a time), a number without a spurious ".0", a boolean as TRUE or FALSE.
 */
public final class Workbook implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final OPCPackage pack;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;

    private Workbook(OPCPackage pack) throws IOException, OpenXML4JException, org.xml.sax.SAXException {
        this.pack = pack;
        this.reader = new XSSFReader(pack);
        this.strings = new ReadOnlySharedStringsTable(pack, false);
        this.styles = reader.getStylesTable();
    }

    /** @throws ProblemException 400 when the file is not an .xlsx workbook */
    public static Workbook open(Path file) {
        OPCPackage pack = null;
        try {
            pack = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new Workbook(pack);
        } catch (Exception e) {
            if (pack != null) {
                pack.revert();
            }
            throw new ProblemException(ProblemType.MALFORMED, "The body is not an Excel workbook (.xlsx): "
                    + CsvUploads.describe(e));
        }
    }

    /** One sheet: its name as the tab shows it, and its rows. */
    public interface Sheet {
        String name();

        /**
         * The sheet's rows after its header (its first row with a value, or the row under a one-value title);
         * close before the next sheet.
         */
        TableRows rows();
    }

    /** The sheets in the workbook's order; each is opened when reached. */
    public Iterator<Sheet> sheets() {
        XSSFReader.SheetIterator sheets;
        try {
            sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        } catch (IOException | OpenXML4JException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The workbook's sheets cannot be read: "
                    + CsvUploads.describe(e));
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return sheets.hasNext();
            }

            @Override
            public Sheet next() {
                InputStream xml = sheets.next();
                String name = sheets.getSheetName();
                return new Sheet() {
                    @Override
                    public String name() {
                        return name;
                    }

                    @Override
                    public TableRows rows() {
                        return new SheetRows(name, xml);
                    }
                };
            }
        };
    }

    @Override
    public void close() {
        // read-only: nothing to save, and revert never writes back to the file
        pack.revert();
    }

    private final class SheetRows extends NonBlankRows {

        private final String sheet;
        private final InputStream in;
        private final XMLStreamReader xml;
        private final List<String> header;
        private long lastRow;
        private TableRow pushedBack;

        SheetRows(String sheet, InputStream in) {
            this.sheet = sheet;
            this.in = in;
            try {
                this.xml = XML.createXMLStreamReader(in);
            } catch (XMLStreamException e) {
                throw unreadable(e);
            }
            TableRow first = nextNonBlank();
            // Templates often put a title ("List 1: Contacts") above the header: a row of one value followed by
            // a row of more is a title, and the second is the header.
            if (first != null && values(first) == 1) {
                TableRow second = nextNonBlank();
                if (second != null && values(second) > 1) {
                    first = second;
                } else {
                    pushedBack = second;
                }
            }
            this.header = first == null ? List.of() : first.cells().stream().map(String::strip).toList();
        }

        @Override
        public List<String> header() {
            return header;
        }

        private TableRow nextNonBlank() {
            TableRow row = read();
            while (row != null && row.isBlank()) {
                row = read();
            }
            return row;
        }

        private static long values(TableRow row) {
            return row.cells().stream().filter(cell -> cell != null && !cell.isBlank()).count();
        }

        /** The next {@code <row>} of the sheet, or null at its end. */
        @Override
        protected TableRow read() {
            if (pushedBack != null) {
                TableRow row = pushedBack;
                pushedBack = null;
                return row;
            }
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                        // Excel never writes either; a sheet that has one was made to reach past the file
                        throw new XMLStreamException("a sheet must not declare or use entities");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                        String number = xml.getAttributeValue(null, "r");
                        lastRow = number == null ? lastRow + 1 : Long.parseLong(number);
                        return TableRow.of(lastRow, cells());
                    }
                }
                return null;
            } catch (XMLStreamException | RuntimeException e) {
                throw unreadable(e);
            }
        }

        private List<String> cells() throws XMLStreamException {
            List<String> cells = new ArrayList<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                    return cells;
                }
                if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                    String reference = xml.getAttributeValue(null, "r");
                    int column = reference == null ? cells.size() : columnOf(reference);
                    String value = cell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    if (column < cells.size()) {
                        cells.set(column, value);
                    } else {
                        cells.add(value);
                    }
                }
            }
            return cells;
        }

        /** Reads one {@code <c>} to its end. */
        private String cell(String type, String style) throws XMLStreamException {
            String value = null;
            StringBuilder inline = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if ("v".equals(xml.getLocalName())) {
                        value = xml.getElementText();
                    } else if ("t".equals(xml.getLocalName())) {
                        inline.append(xml.getElementText());
                    }
                }
            }
            if ("inlineStr".equals(type)) {
                return inline.toString();
            }
            if (value == null) {
                return "";
            }
            return switch (type == null ? "n" : type) {
                case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
                case "b" -> "1".equals(value.strip()) ? "TRUE" : "FALSE";
                case "n" -> number(value.strip(), style);
                default -> value; // str (a formula's text), e (an error such as #N/A), d (an ISO date)
            };
        }

        private String number(String value, String style) {
            BigDecimal number = new BigDecimal(value);
            if (style != null && styles != null) {
                XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(number.doubleValue())) {
                    LocalDateTime when = DateUtil.getLocalDateTime(number.doubleValue());
                    return when.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? when.toLocalDate().toString()
                            : when.toString();
                }
            }
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString()
                    : number.stripTrailingZeros().toPlainString();
        }

        private ProblemException unreadable(Exception e) {
            return new ProblemException(ProblemType.MALFORMED, "Sheet '" + sheet + "' cannot be read after row "
                    + lastRow + ": " + CsvUploads.describe(e));
        }

        @Override
        public void close() throws IOException {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // the stream below is closed next either way
            }
            in.close();
        }
    }

    /** "B12" -> 1: the column letters of a cell reference, from 0. */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }
}
