package uk.gov.safeguarding.chassis.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.safeguarding.chassis.problem.ProblemException;

class WorkbookTest {

    @TempDir
    Path dir;

    @Test
    void readsEachSheetAsTheCsvPathWouldHoldIt() throws Exception {
        Path file = dir.resolve("annex-a.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            Sheet first = book.createSheet("List 1");
            first.createRow(0).createCell(0).setCellValue("List 1: Contacts"); // a title above the header
            Row header = first.createRow(1);
            header.createCell(0).setCellValue("Child Unique ID");
            header.createCell(1).setCellValue("Date of Contact");
            header.createCell(2).setCellValue("Serial");
            header.createCell(3).setCellValue("Count");
            header.createCell(4).setCellValue("Flag");
            header.createCell(6).setCellValue("After a gap");
            Row row = first.createRow(2);
            row.createCell(0).setCellValue("DB1");
            row.createCell(1).setCellValue(LocalDate.of(2021, 4, 1));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(44287);
            row.createCell(3).setCellValue(3.0);
            row.createCell(4).setCellValue(true);
            row.createCell(6).setCellValue("x");
            first.createRow(3).createCell(1).setCellValue(""); // blank, as sheets keep below the data
            Row timed = first.createRow(4);
            timed.createCell(0).setCellValue("DB2");
            timed.createCell(1).setCellValue(LocalDateTime.of(2021, 4, 2, 10, 30));
            timed.getCell(1).setCellStyle(dateTime);
            timed.createCell(3).setCellValue(2.5);
            book.createSheet("Empty");
            book.createSheet("List 3").createRow(0).createCell(0).setCellValue("Child Unique ID");
            book.write(out);
        }
        List<String> names = new ArrayList<>();
        List<List<TableRow>> sheets = new ArrayList<>();
        List<List<String>> headers = new ArrayList<>();
        try (Workbook book = Workbook.open(file)) {
            for (Iterator<Workbook.Sheet> it = book.sheets(); it.hasNext(); ) {
                Workbook.Sheet sheet = it.next();
                names.add(sheet.name());
                try (TableRows rows = sheet.rows()) {
                    headers.add(rows.header());
                    List<TableRow> read = new ArrayList<>();
                    rows.forEachRemaining(read::add);
                    sheets.add(read);
                }
            }
        }
        assertThat(names).containsExactly("List 1", "Empty", "List 3");
        assertThat(headers.get(0)).containsExactly("Child Unique ID", "Date of Contact", "Serial", "Count", "Flag", "",
                "After a gap");
        assertThat(headers.get(1)).isEmpty();
        assertThat(sheets.get(0)).hasSize(2);
        TableRow row = sheets.get(0).get(0);
        assertThat(row.line()).isEqualTo(3);
        assertThat(row.cells()).containsExactly("DB1", "2021-04-01", "44287", "3", "TRUE", "", "x");
        assertThat(ExportDates.date(row.get(2))).contains(LocalDate.of(2021, 4, 1));
        assertThat(sheets.get(0).get(1).cells()).containsExactly("DB2", "2021-04-02T10:30", "", "2.5");
        assertThat(sheets.get(0).get(1).line()).isEqualTo(5);
        assertThat(sheets.get(2)).isEmpty();
    }

    @Test
    void aLargeSheetIsReadARowAtATime() throws Exception {
        Path file = dir.resolve("large.xlsx");
        int rows = 20_000;
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("List 1");
            sheet.createRow(0).createCell(0).setCellValue("Child Unique ID");
            for (int i = 1; i <= rows; i++) {
                sheet.createRow(i).createCell(0).setCellValue("C" + i);
            }
            book.write(out);
        }
        long count = 0;
        String last = null;
        try (Workbook book = Workbook.open(file); TableRows table = book.sheets().next().rows()) {
            while (table.hasNext()) {
                last = table.next().get(0);
                count++;
            }
        }
        assertThat(count).isEqualTo(rows);
        assertThat(last).isEqualTo("C" + rows);
    }

    @Test
    void aFileThatIsNotAWorkbookIsTheCallersMistake() throws Exception {
        Path file = dir.resolve("not.xlsx");
        Files.writeString(file, "Child Unique ID,Date of Contact\n");
        assertThatThrownBy(() -> Workbook.open(file)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("not an Excel workbook");
    }

    @Test
    void anExternalEntityInASheetIsRefusedNotRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "do-not-read");
        Path file = rewritten(dir.resolve("xxe.xlsx"), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet",
                "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]><worksheet")
                .replace("t=\"s\"><v>1</v>", "t=\"inlineStr\"><is><t>&secret;</t></is>"));
        try (Workbook book = Workbook.open(file)) {
            assertThatThrownBy(() -> {
                try (TableRows rows = book.sheets().next().rows()) {
                    rows.forEachRemaining(row -> assertThat(row.cells()).doesNotContain("do-not-read"));
                }
            }).isInstanceOf(ProblemException.class).hasMessageNotContaining("do-not-read");
        }
    }

    @Test
    void anExternalEntityInTheSharedStringsIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "do-not-read");
        Path file = rewritten(dir.resolve("xxe-strings.xlsx"), "xl/sharedStrings.xml", xml -> xml.replaceFirst("<sst",
                "<!DOCTYPE sst [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]><sst")
                .replace(">DB1<", ">&secret;<"));
        assertThatThrownBy(() -> {
            try (Workbook book = Workbook.open(file); TableRows rows = book.sheets().next().rows()) {
                rows.forEachRemaining(row -> assertThat(row.cells()).doesNotContain("do-not-read"));
            }
        }).isInstanceOf(ProblemException.class);
    }

    /** A small workbook (one sheet, "DB1" in A2) with one of its parts rewritten. */
    private Path rewritten(Path file, String part, java.util.function.UnaryOperator<String> change) throws Exception {
        Path plain = dir.resolve("plain-" + file.getFileName());
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            Sheet sheet = book.createSheet("List 1");
            sheet.createRow(0).createCell(0).setCellValue("Child Unique ID");
            sheet.createRow(1).createCell(0).setCellValue("DB1");
            book.write(out);
        }
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(plain.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(part)) {
                    bytes = change.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void columnLettersCountFromZero() {
        assertThat(Workbook.columnOf("A1")).isZero();
        assertThat(Workbook.columnOf("Z9")).isEqualTo(25);
        assertThat(Workbook.columnOf("AA10")).isEqualTo(26);
    }
}
