package uk.gov.safeguarding.workingdays;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England and Wales: not a Saturday, a Sunday or a bank holiday.
 *
 * <p>Two ways of counting are offered because statutory guidance and practice use both:
 * <ul>
 *   <li>{@link #dayNumber(LocalDate, LocalDate)} counts the start day as day 1, as the DfE CIN
 *       validator does for assessment (45) and ICPC (15) timescales. A start on a non-working day
 *       makes the next working day day 1.</li>
 *   <li>{@link #workingDaysAfter(LocalDate, LocalDate)} counts the working days after the start day,
 *       so "within 1 working day of receipt" means by the end of the next working day.</li>
 * </ul>
 * Immutable and safe to share between threads.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, CalendarChange.Kind> changes;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    private WorkingDayCalendar(Collection<CalendarChange> changes) {
        Map<LocalDate, CalendarChange.Kind> byDate = new HashMap<>();
        for (CalendarChange change : changes) {
            byDate.put(change.date(), change.kind());
        }
        this.changes = Map.copyOf(byDate);
    }

    /** The England and Wales rules with the given one-off changes applied. */
    public static WorkingDayCalendar englandAndWales(Collection<CalendarChange> changes) {
        return new WorkingDayCalendar(changes);
    }

    /** The England and Wales rules with the one-off changes known when this library was built. */
    public static WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(KnownCalendarChanges.ENGLAND_AND_WALES);
    }

    public Set<LocalDate> bankHolidays(int year) {
        return holidaysByYear.computeIfAbsent(year, this::computeBankHolidays);
    }

    private Set<LocalDate> computeBankHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>(EnglandAndWalesBankHolidays.forYear(year));
        changes.forEach((date, kind) -> {
            if (date.getYear() != year) {
                return;
            }
            if (kind == CalendarChange.Kind.ADDED) {
                days.add(date);
            } else {
                days.remove(date);
            }
        });
        return Set.copyOf(days);
    }

    public boolean isBankHoliday(LocalDate date) {
        return bankHolidays(date.getYear()).contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        return !EnglandAndWalesBankHolidays.isWeekend(date) && !isBankHoliday(date);
    }

    /** The date itself when it is a working day, otherwise the next working day. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The working day that is {@code n} working days after {@code start}. With n = 0 this is
     * {@link #onOrAfter(LocalDate)}: a clock that starts on a Saturday starts on Monday.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = onOrAfter(start);
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The DfE count: which working day {@code date} is, counting the first working day on or after
     * {@code start} as day 1. A date before that first working day gives 0.
     */
    public int dayNumber(LocalDate start, LocalDate date) {
        LocalDate first = onOrAfter(start);
        if (date.isBefore(first)) {
            return 0;
        }
        return workingDaysAfter(first, date) + 1;
    }

    /**
     * Working days in the half-open range (start, end]: 0 on the same day, 1 on the next working day.
     * A start on a non-working day is moved to the next working day first. Negative when end comes first.
     */
    public int workingDaysAfter(LocalDate start, LocalDate end) {
        LocalDate from = onOrAfter(start);
        if (end.isBefore(from)) {
            return -workingDaysAfterOrdered(end, from);
        }
        return workingDaysAfterOrdered(from, end);
    }

    private int workingDaysAfterOrdered(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** True when {@code date} is no later than working day {@code n}, counting the start as day 1 (DfE). */
    public boolean withinDays(LocalDate start, LocalDate date, int n) {
        return dayNumber(start, date) <= n;
    }
}
