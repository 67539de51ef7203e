package uk.gov.safeguarding.kpi.repository;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/** Where a page of the values feed ended: the key of its last row, opaque to callers. */
public record FeedCursor(String kpiCode, String localAuthority, YearMonth month, String breakdown) {

    private static final String SEPARATOR = "\u001f";

    public String encode() {
        String text = String.join(SEPARATOR, kpiCode, localAuthority, month.toString(), breakdown);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<FeedCursor> decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            if (parts.length != 4) {
                return Optional.empty();
            }
            return Optional.of(new FeedCursor(parts[0], parts[1], YearMonth.parse(parts[2]), parts[3]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
