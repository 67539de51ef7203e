package uk.gov.safeguarding.audit.domain.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sortsMembersByUtf16CodeUnitsAndDropsWhitespace() throws Exception {
        // RFC 8785 §3.2.3's sorting example: names compared as UTF-16 code units
        String sorted = CanonicalJson.of(JSON.readTree("""
                {"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                 "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis"}"""));
        assertThat(sorted).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
        assertThat(CanonicalJson.of(JSON.readTree("{ \"b\" : [ 1 , true , null ], \"a\" : { \"d\": 2, \"c\": \"x\" } }")))
                .isEqualTo("{\"a\":{\"c\":\"x\",\"d\":2},\"b\":[1,true,null]}");
    }

    @Test
    void escapesStringsAsJsonStringifyDoes() throws Exception {
        // RFC 8785 §3.2.2.2's string example
        String escaped = CanonicalJson.of(JSON.readTree("[\"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\"]"));
        assertThat(escaped).isEqualTo("[\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"]");
    }

    @Test
    void writesIntegersPlainlyAndRefusesWhatItCannotWriteExactly() throws Exception {
        assertThat(CanonicalJson.of(JSON.readTree("{\"status\": 200, \"n\": -0, \"big\": 9007199254740991, \"e\": 1E3}")))
                .isEqualTo("{\"big\":9007199254740991,\"e\":1000,\"n\":0,\"status\":200}");
        assertThatThrownBy(() -> CanonicalJson.of(JSON.readTree("{\"x\": 1.5}"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.of(JSON.readTree("{\"x\": 9007199254740993}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
