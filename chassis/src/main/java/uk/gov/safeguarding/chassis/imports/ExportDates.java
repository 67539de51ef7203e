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
    private static final java.util.regex.Pattern EXCEL_SERIAL = java.util.regex.Pattern.compile("^[0-9]{5}(\\.[0-9]+)?$");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

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

    /**
     * A date as ISO, {@code dd/mm/yyyy}, {@code d/m/yyyy} or {@code dd-mm-yyyy}, or an Excel serial day number
     * of five digits (a date cell formatted as General: 44287 is 1 April 2021), so 1927 to 2173; a year
     * alone ("2021") is not read as a day of 1905.
     */
    public static Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        if (EXCEL_SERIAL.matcher(text).matches()) {
            long day = Long.parseLong(text.substring(0, text.indexOf('.') < 0 ? text.length() : text.indexOf('.')));
            // Excel counts from 31 December 1899 and holds a 29 February 1900 that never was: past it,
            // counting from 30 December 1899 is right.
            return Optional.of(EXCEL_EPOCH.plusDays(day));
        }
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
