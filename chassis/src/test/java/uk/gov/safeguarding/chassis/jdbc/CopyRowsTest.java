package uk.gov.safeguarding.chassis.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CopyRowsTest {

    @Test
    void nullsTabsNewlinesAndBackslashesAreEscapedForTheTextFormat() {
        CopyRows rows = new CopyRows()
                .value("a\tb").value(null).value("line\nbreak\r").value("{\"x\":\"a\\\"b\"}").endRow();
        assertThat(rows.text()).isEqualTo("a\\tb\t\\N\tline\\nbreak\\r\t{\"x\":\"a\\\\\"b\"}\n");
    }

    @Test
    void instantsUuidsNumbersAndArraysTakeTheirPostgresForms() {
        UUID id = UUID.fromString("0190c1de-7f40-7a53-9c1e-3c1f3b0c9f11");
        CopyRows rows = new CopyRows()
                .value(id).value(Instant.parse("2021-03-01T09:15:00Z")).value(3).value(true)
                .textArray(new String[] {"3A", "24A"}).textArray(new String[0]).endRow()
                .value("second").endRow();
        assertThat(rows.text()).isEqualTo(
                "0190c1de-7f40-7a53-9c1e-3c1f3b0c9f11\t2021-03-01T09:15:00Z\t3\ttrue\t{\"3A\",\"24A\"}\t{}\nsecond\n");
    }

    @Test
    void anArrayElementStaysOneElementWhateverItHolds() {
        // quoted for the array literal (quote and backslash escaped), then escaped again for COPY's text format
        CopyRows rows = new CopyRows().textArray(new String[] {"a,b", "say \"hi\"", "back\\slash", "{}"}).endRow();
        assertThat(rows.text()).isEqualTo("{\"a,b\",\"say \\\\\"hi\\\\\"\",\"back\\\\\\\\slash\",\"{}\"}\n");
    }

    @Test
    void bytesAreWrittenInHexForm() {
        assertThat(new CopyRows().bytes(new byte[] {0x00, (byte) 0xff}).endRow().text()).isEqualTo("\\\\x00ff\n");
    }
}
