package uk.gov.safeguarding.chassis.text;

/**
 * The one rule for text a caller sends, wherever it arrives (JSON, CSV or NDJSON rows, path and query
 * parameters): no character PostgreSQL cannot store (NUL), no other control character a CSV reader or a
 * log line would mangle, no half of a surrogate pair (Java would store it as "?"). Tab, line feed and
 * carriage return stay allowed, since free-text fields hold paragraphs.
 */
public final class UnsafeText {

    private UnsafeText() {
    }

    /** Why {@code value} cannot be taken, as a field violation message; {@code null} when it can. */
    public static String problem(CharSequence value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue;
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return "must not contain control characters (U+%04X at position %d)".formatted((int) c, i + 1);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must be valid Unicode (a lone surrogate at position %d)".formatted(i + 1);
            }
            if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode (a lone surrogate at position %d)".formatted(i + 1);
            }
            if (c == 0xfffe || c == 0xffff) {
                return "must not contain Unicode non-characters (U+%04X at position %d)".formatted((int) c, i + 1);
            }
        }
        return null;
    }

    public static boolean isSafe(CharSequence value) {
        return problem(value) == null;
    }
}
