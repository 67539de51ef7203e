package uk.gov.safeguarding.chassis.rest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.gov.safeguarding.chassis.problem.ProblemException;

/**
 * Reads query parameters that arrive as text. JAX-RS answers 404 when it cannot convert a query
 * parameter itself; reading them here answers 400 and names the parameter instead.
 */
public final class QueryParams {

    /**
     * Dates outside these years are typing mistakes, and at the edges of what java.time holds a filter's
     * "day after" overflows.
     */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    private QueryParams() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw ProblemException.invalid(name, "must be a date between " + MIN_YEAR + " and " + MAX_YEAR);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date as YYYY-MM-DD");
        }
    }

    public static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value.trim());
            if (month.getYear() < MIN_YEAR || month.getYear() > MAX_YEAR) {
                throw ProblemException.invalid(name, "must be a month between " + MIN_YEAR + " and " + MAX_YEAR);
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a month as YYYY-MM");
        }
    }

    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw ProblemException.invalid(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number between " + min + " and " + max);
        }
    }

    public static Long longValue(String name, String value, long min, long max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < min || parsed > max) {
                throw ProblemException.invalid(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number between " + min + " and " + max);
        }
    }

    /** An instant as RFC 3339 with its offset (2021-11-22T09:00:00Z), or a day (from its start, UK time). */
    public static java.time.Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            java.time.Instant parsed = java.time.OffsetDateTime.parse(trimmed).toInstant();
            if (parsed.atZone(java.time.ZoneOffset.UTC).getYear() < MIN_YEAR
                    || parsed.atZone(java.time.ZoneOffset.UTC).getYear() > MAX_YEAR) {
                throw ProblemException.invalid(name, "must be between " + MIN_YEAR + " and " + MAX_YEAR);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            try {
                return date(name, trimmed).atStartOfDay(uk.gov.safeguarding.kernel.LondonTime.ZONE).toInstant();
            } catch (ProblemException notADay) {
                throw ProblemException.invalid(name, "must be a time such as 2021-11-22T09:00:00Z or a day as YYYY-MM-DD");
            }
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
