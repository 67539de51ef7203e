package uk.gov.safeguarding.chassis.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.chassis.problem.FieldViolation;

/** A CSV file as Excel's "Save as CSV" writes it reads as the same rows as a plain one. */
class CsvUploadsTest {

    @Test
    void readsWhatExcelSaves() throws Exception {
        String excel = "\uFEFFChild Unique ID,Date of Contact,Contact Source,,\r\n"
                + "DB1,01/04/2021,q) 6: Police,,\r\n"
                + "\"DB2\",02/04/2021,\"a) 1A: Individual, family\",,\r\n"
                + ",,,,\r\n"
                + ",,,,\r\n";
        List<TableRow> rows = new ArrayList<>();
        try (TableRows table = CsvUploads.rows(new StringReader(excel))) {
            assertThat(table.header()).startsWith("Child Unique ID", "Date of Contact", "Contact Source");
            assertThat(table.column("child unique  id")).isZero();
            table.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).get(2)).isEqualTo("q) 6: Police");
        assertThat(rows.get(1).get(2)).isEqualTo("a) 1A: Individual, family");
        assertThat(rows.get(1).get(9)).isEmpty();
    }

    @Test
    void aRowWithMoreValuesThanTheHeaderOrUnsafeTextIsARowProblem() throws Exception {
        try (TableRows table = CsvUploads.rows(new StringReader("a,b\n1,2,3\n1,x\u0000y\n1,2,\n"))) {
            FieldViolation tooMany = table.next().problem(table.header());
            assertThat(tooMany.field()).isEqualTo("row");
            assertThat(tooMany.message()).contains("column 3");
            assertThat(table.next().problem(table.header()).field()).isEqualTo("b");
            // an empty extra cell is what spreadsheets leave, not a problem
            assertThat(table.next().problem(table.header())).isNull();
        }
    }
}
