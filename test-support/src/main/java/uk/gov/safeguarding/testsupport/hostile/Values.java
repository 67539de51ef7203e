package uk.gov.safeguarding.testsupport.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Plausible and hostile values for a schema, as strings. */
final class Values {

    /** What hostile callers put in text: each must be refused or stored harmlessly, never crash a statement. */
    static final List<String> HOSTILE_TEXT = List.of(
            "a\u0000b", "\u0000", "line\u001bbreak", "tab\u0007bell", "\u007f", "x\u0085y", "\ud800", "\udfff\ud800",
            "\uffff", "' OR '1'='1", "'; DROP TABLE contact; --", "\" OR \"\"=\"", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "../../../../etc/passwd", "%00", "%s%s%n", "\\u0000",
            "=cmd|' /C calc'!A0", "@SUM(1+1)", "\u202eevil", "😀😀", "𝕏", "", " ", "   padded   ",
            "Ａ１２３", "null", "undefined", "NaN", "true", "-1", "0", "99999999999999999999999999",
            "1e309", "2021-02-30", "2021-13-01", "0000-00-00", "9999-12-31T23:59:60Z", "+999999999-12-31",
            "2021-03-01T25:00:00Z", "E99999999", "ZZ", "9Z");

    private Values() {
    }

    static String huge(int length) {
        return "x".repeat(length);
    }

    /** A value the schema would accept, from its example, enum, format or type. */
    static String plausible(JsonNode schema, String example, String name, Random random) {
        if (example != null && !example.isEmpty()) {
            return example;
        }
        JsonNode enumeration = schema.path("enum");
        if (enumeration.isArray() && !enumeration.isEmpty()) {
            return enumeration.get(random.nextInt(enumeration.size())).asText();
        }
        String format = schema.path("format").asText("");
        String type = schema.path("type").asText("string");
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> LocalDate.of(2021, 3, 1).plusDays(random.nextInt(300)).toString();
            case "date-time" -> "2021-03-01T09:00:00Z";
            case "int32", "int64" -> String.valueOf(random.nextInt(10));
            default -> switch (type) {
                case "integer", "number" -> String.valueOf(schema.path("minimum").asInt(0) + random.nextInt(3));
                case "boolean" -> String.valueOf(random.nextBoolean());
                default -> name.toLowerCase().contains("month") ? "2021-03" : "A" + random.nextInt(1000);
            };
        };
    }

    /** Values a caller might send instead of a plausible one. */
    static List<String> hostile(Random random) {
        List<String> values = new java.util.ArrayList<>(HOSTILE_TEXT);
        values.add(huge(300));
        values.add(huge(9000));
        values.add(String.valueOf(random.nextLong()));
        return values;
    }
}
