package uk.gov.safeguarding.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The same Annex A List 1 rows as a CSV file and as the template's workbook (date cells, lettered
 * drop-down values), so the two intake paths can be timed on one set of rows.
 */
final class AnnexAList1Files {

    static final List<String> HEADER = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
            "Age of Child (Years)", "Date of Contact", "Contact Source");
    private static final String[] GENDERS = {"a) Male", "b) Female", "c) Not stated/recorded"};
    private static final String[] SOURCES = {"q) 6: Police", "e) 2A: Schools", "a) 1A: Individual", "g) 3A: GP",
            "m) 5A: LA services", "r) 7: Other legal agency", "s) 8: Other", "i) 3C: School nurse"};
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private record Contact(String child, String gender, LocalDate born, int age, LocalDate date, String source) {
    }

    private AnnexAList1Files() {
    }

    private static Contact contact(Random random, String childPrefix, int i) {
        // about two contacts per child over the year, as a front door sees
        String child = childPrefix + (i / 2 + random.nextInt(3));
        LocalDate born = LocalDate.of(2006, 1, 1).plusDays(random.nextInt(6000));
        LocalDate date = LocalDate.of(2021, 4, 1).plusDays(random.nextInt(365));
        return new Contact(child, GENDERS[random.nextInt(GENDERS.length)], born,
                Math.max(0, date.getYear() - born.getYear()), date, SOURCES[random.nextInt(SOURCES.length)]);
    }

    static void writeCsv(Path file, String childPrefix, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADER) + "\r\n");
            for (int i = 0; i < rows; i++) {
                Contact c = contact(random, childPrefix, i);
                out.write(c.child() + "," + c.gender() + ",a) WBRI," + UK.format(c.born()) + "," + c.age() + ","
                        + UK.format(c.date()) + "," + c.source() + "\r\n");
            }
        }
    }

    /** Written a row at a time (POI's streaming writer keeps 500 rows in memory). */
    static void writeWorkbook(Path file, String childPrefix, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (SXSSFWorkbook book = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            book.setCompressTempFiles(true);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            // the template's other lists come first: the reader must find List 1 by its header
            book.createSheet("List 2").createRow(0).createCell(0).setCellValue("Child Unique ID");
            Sheet sheet = book.createSheet("List 1");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int i = 0; i < rows; i++) {
                Contact c = contact(random, childPrefix, i);
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(c.child());
                row.createCell(1).setCellValue(c.gender());
                row.createCell(2).setCellValue("a) WBRI");
                row.createCell(3).setCellValue(c.born());
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue(c.age());
                row.createCell(5).setCellValue(c.date());
                row.getCell(5).setCellStyle(date);
                row.createCell(6).setCellValue(c.source());
            }
            book.write(out);
        }
    }
}
