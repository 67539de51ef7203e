package uk.gov.safeguarding.workingdays;

import java.time.LocalDate;
import java.util.List;

/**
 * The one-off changes proclaimed so far, as a default for code that has no database to read them from.
 * Services read the same list from their own calendar table (seeded by the chassis migration), which an
 * administrator extends when a new one is proclaimed.
 */
public final class KnownCalendarChanges {

    private KnownCalendarChanges() {
    }

    public static final List<CalendarChange> ENGLAND_AND_WALES = List.of(
            CalendarChange.added(LocalDate.of(1999, 12, 31), "Millennium celebrations"),
            CalendarChange.added(LocalDate.of(2011, 4, 29), "Wedding of Prince William and Catherine Middleton"),
            CalendarChange.removed(LocalDate.of(2012, 5, 28), "Spring bank holiday moved for the Diamond Jubilee"),
            CalendarChange.added(LocalDate.of(2012, 6, 4), "Spring bank holiday (moved)"),
            CalendarChange.added(LocalDate.of(2012, 6, 5), "Queen's Diamond Jubilee"),
            CalendarChange.removed(LocalDate.of(2020, 5, 4), "Early May bank holiday moved for VE Day 75"),
            CalendarChange.added(LocalDate.of(2020, 5, 8), "Early May bank holiday (VE Day)"),
            CalendarChange.removed(LocalDate.of(2022, 5, 30), "Spring bank holiday moved for the Platinum Jubilee"),
            CalendarChange.added(LocalDate.of(2022, 6, 2), "Spring bank holiday (moved)"),
            CalendarChange.added(LocalDate.of(2022, 6, 3), "Queen's Platinum Jubilee"),
            CalendarChange.added(LocalDate.of(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
            CalendarChange.added(LocalDate.of(2023, 5, 8), "Coronation of King Charles III"));
}
