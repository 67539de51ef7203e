package uk.gov.safeguarding.chassis.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {

    @Test
    void textThatWouldRunAsAFormulaIsWrittenAsTextAndNumbersAndDatesAsThemselves() throws Exception {
        CsvTable table = new CsvTable() {
            @Override
            public List<String> csvHeader() {
                return List.of("text", "number", "date");
            }

            @Override
            public Iterable<List<?>> csvRows() {
                return List.of(Arrays.asList("=HYPERLINK(\"https://evil.example\")", new BigDecimal("-2.5"), LocalDate.of(2021, 11, 1)),
                        Arrays.asList("+44 1332", -3, null), Arrays.asList("@SUM(A1)", 7, null),
                        Arrays.asList("-1+1", 0, null), Arrays.asList("Plain words", 1, null));
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvTableWriter().writeTo(table, CsvTable.class, CsvTable.class, new java.lang.annotation.Annotation[0],
                null, new MultivaluedHashMap<>(), out);
        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).containsExactly("text,number,date",
                "\"'=HYPERLINK(\"\"https://evil.example\"\")\",-2.5,2021-11-01", "'+44 1332,-3,", "'@SUM(A1),7,",
                "'-1+1,0,", "Plain words,1,");
    }
}
