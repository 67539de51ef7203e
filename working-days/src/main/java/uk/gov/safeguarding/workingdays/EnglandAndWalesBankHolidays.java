package uk.gov.safeguarding.workingdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The standing rules for bank holidays in England and Wales (Banking and Financial Dealings Act 1971
 * and the annual proclamations that follow its pattern). One-off changes are not here: they are data,
 * see {@link CalendarChange}.
 */
public final class EnglandAndWalesBankHolidays {

    private EnglandAndWalesBankHolidays() {
    }

    /** The rule-based bank holidays of one year, with weekend substitutes applied. */
    public static Set<LocalDate> forYear(int year) {
        Set<LocalDate> days = new TreeSet<>();
        LocalDate easterSunday = easterSunday(year);
        days.add(easterSunday.minusDays(2));
        days.add(easterSunday.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.addAll(substitutedInOrder(List.of(
                LocalDate.of(year, Month.JANUARY, 1))));
        days.addAll(substitutedInOrder(List.of(
                LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26))));
        return days;
    }

    /**
     * Moves each fixed-date holiday that falls at a weekend to the next weekday not already taken,
     * so Christmas on a Saturday gives Monday 27 and Boxing Day Tuesday 28.
     */
    private static List<LocalDate> substitutedInOrder(List<LocalDate> fixedDates) {
        List<LocalDate> result = new ArrayList<>();
        for (LocalDate date : fixedDates) {
            LocalDate observed = date;
            while (isWeekend(observed) || result.contains(observed)) {
                observed = observed.plusDays(1);
            }
            result.add(observed);
        }
        return result;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
