package uk.gov.safeguarding.chassis.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.time.ZoneId;
import uk.gov.safeguarding.kernel.LondonTime;

/** The date forms case-management exports and Annex A files use: ISO, and the UK's day/month/year. */
public final class ExportDates {

    private static final ZoneId LONDON = LondonTime.ZONE;

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            strict("dd/MM/uuuu"),
            strict("d/M/uuuu"),
            strict("dd-MM-uuuu"));

    /** 31/04/2021 is refused, not quietly read as 30 April (the default, SMART, resolver would). */
    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    private ExportDates() {
    }

    public static Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        if (text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ')) {
            text = text.substring(0, 10);
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** An instant with an offset, a London local date-time, or a date (taken as the start of that London day). */
    public static Optional<Instant> instant(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException ignored) {
            // not with an offset
        }
        try {
            return Optional.of(LocalDateTime.parse(text.replace(' ', 'T')).atZone(LONDON).toInstant());
        } catch (DateTimeParseException ignored) {
            // not a local date-time
        }
        return date(text).map(date -> date.atStartOfDay(LONDON).toInstant());
    }
}
