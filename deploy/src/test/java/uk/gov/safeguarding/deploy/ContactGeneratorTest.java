package uk.gov.safeguarding.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactGeneratorTest {

    private static List<String[]> rows(ContactGenerator generator, YearMonth month, int count) throws Exception {
        StringWriter out = new StringWriter();
        generator.writeMonth(out, month, count, Instant.parse("2026-01-01T00:00:00Z"));
        return Arrays.stream(out.toString().split("\n")).map(line -> line.split(",", -1)).toList();
    }

    @Test
    void writesTheAskedNumberOfRowsInTheHeaderColumnsAndTheMonth() throws Exception {
        List<String[]> rows = rows(new ContactGenerator(1, "E06000015", "t-", "T", 500), YearMonth.of(2021, 3), 2499);
        int columns = ContactGenerator.HEADER.split(",").length;
        assertThat(rows).hasSize(2499).allMatch(row -> row.length == columns);
        assertThat(rows).allMatch(row -> row[2].startsWith("2021-03"));
        assertThat(rows.stream().map(row -> row[0]).distinct()).hasSize(2499);
    }

    @Test
    void aboutFifteenPercentProgressAndNoEarlyHelpSourceBefore2023() throws Exception {
        List<String[]> rows = rows(new ContactGenerator(2, "E06000015", "t-", "T", 500), YearMonth.of(2020, 6), 10_000);
        long progressed = rows.stream().filter(row -> row[10].equals("CIN_REFERRAL")
                || row[10].equals("STRATEGY_DISCUSSION")).count();
        assertThat(progressed / 10_000.0).isBetween(0.12, 0.18);
        assertThat(rows).noneMatch(row -> row[3].equals("5D"));
    }

    @Test
    void theSameSeedWritesTheSameFile() throws Exception {
        List<String[]> first = rows(new ContactGenerator(3, "831", "t-", "T", 50), YearMonth.of(2021, 5), 100);
        List<String[]> second = rows(new ContactGenerator(3, "831", "t-", "T", 50), YearMonth.of(2021, 5), 100);
        assertThat(first).usingElementComparator((a, b) -> Arrays.equals(a, b) ? 0 : 1).isEqualTo(second);
    }
}
