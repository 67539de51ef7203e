package uk.gov.safeguarding.workingdays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void easterSundayMatchesPublishedDates() {
        assertThat(EnglandAndWalesBankHolidays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(EnglandAndWalesBankHolidays.easterSunday(2021)).isEqualTo(LocalDate.of(2021, 4, 4));
        assertThat(EnglandAndWalesBankHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(EnglandAndWalesBankHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(EnglandAndWalesBankHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void bankHolidaysOf2021MatchGovUk() {
        assertThat(calendar.bankHolidays(2021)).containsExactlyInAnyOrder(
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 4, 2), LocalDate.of(2021, 4, 5),
                LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 31), LocalDate.of(2021, 8, 30),
                LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28));
    }

    @Test
    void christmasOnSundaySubstitutesTuesdayForChristmasAndKeepsBoxingDayMonday() {
        // 2022: Christmas Day Sunday, Boxing Day Monday -> substitute Tuesday 27
        assertThat(calendar.bankHolidays(2022)).contains(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27));
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 12, 28))).isTrue();
    }

    @Test
    void newYearOnSaturdayMovesToMonday() {
        // 2022-01-01 was a Saturday: Monday 3 January was the bank holiday
        assertThat(calendar.isBankHoliday(LocalDate.of(2022, 1, 3))).isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2022, 1, 1))).as("the Saturday itself is a weekend day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 1, 4))).isTrue();
    }

    @Test
    void oneOffChangesOf2020And2022And2023() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 5, 4))).as("2020 early May moved").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2020, 5, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 5, 30))).as("2022 spring moved").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2022, 6, 2))).isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2022, 6, 3))).isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2022, 9, 19))).as("State Funeral").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2023, 5, 8))).as("Coronation").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2023, 5, 1))).as("early May 2023 kept").isTrue();
    }

    @Test
    void withoutTheOneOffDataTheRulesAloneApply() {
        WorkingDayCalendar rulesOnly = WorkingDayCalendar.englandAndWales(List.of());
        assertThat(rulesOnly.isBankHoliday(LocalDate.of(2020, 5, 4))).isTrue();
        assertThat(rulesOnly.isWorkingDay(LocalDate.of(2023, 5, 8))).isTrue();
    }

    @Test
    void anAdministratorCanAddANewOneOffDay() {
        WorkingDayCalendar extended = WorkingDayCalendar.englandAndWales(List.of(
                CalendarChange.added(LocalDate.of(2031, 6, 6), "hypothetical proclamation")));
        assertThat(extended.isWorkingDay(LocalDate.of(2031, 6, 6))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 6, 6))).isTrue();
    }

    @Test
    void startDayCountsAsDayOne() {
        LocalDate monday = LocalDate.of(2021, 3, 1);
        assertThat(calendar.dayNumber(monday, monday)).isEqualTo(1);
        assertThat(calendar.dayNumber(monday, LocalDate.of(2021, 3, 5))).isEqualTo(5);
        assertThat(calendar.dayNumber(monday, LocalDate.of(2021, 3, 8))).as("weekend skipped").isEqualTo(6);
    }

    @Test
    void startOnAWeekendMakesMondayDayOne() {
        LocalDate saturday = LocalDate.of(2021, 3, 6);
        assertThat(calendar.dayNumber(saturday, LocalDate.of(2021, 3, 8))).isEqualTo(1);
        assertThat(calendar.dayNumber(saturday, LocalDate.of(2021, 3, 7))).isZero();
        assertThat(calendar.workingDaysAfter(saturday, LocalDate.of(2021, 3, 9))).isEqualTo(1);
    }

    @ParameterizedTest(name = "assessment from {0}: day 45 is {1}")
    @CsvSource({
            // Referral before Easter 2021 (2 and 5 April) and early May (3 May)
            "2021-03-01, 2021-05-05",
            // Referral spanning Christmas 2020 (25, 28 December substitute, 1 January)
            "2020-11-16, 2021-01-20",
    })
    void assessmentDay45AndDay46(LocalDate referral, LocalDate day45) {
        assertThat(calendar.plusWorkingDays(referral, 44)).isEqualTo(day45);
        assertThat(calendar.withinDays(referral, day45, 45)).isTrue();
        LocalDate day46 = calendar.plusWorkingDays(referral, 45);
        assertThat(calendar.dayNumber(referral, day46)).isEqualTo(46);
        assertThat(calendar.withinDays(referral, day46, 45)).isFalse();
    }

    @Test
    void icpcDay15OverEaster() {
        // Strategy discussion Wednesday 24 March 2021; Good Friday and Easter Monday fall inside
        LocalDate strategy = LocalDate.of(2021, 3, 24);
        LocalDate day15 = LocalDate.of(2021, 4, 15);
        assertThat(calendar.dayNumber(strategy, day15)).isEqualTo(15);
        assertThat(calendar.withinDays(strategy, day15, 15)).isTrue();
        assertThat(calendar.withinDays(strategy, LocalDate.of(2021, 4, 16), 15)).isFalse();
    }

    @Test
    void icpcDay15OverChristmas2022() {
        // Strategy discussion Monday 12 December 2022; 26, 27 December and 2 January 2023 are holidays
        LocalDate strategy = LocalDate.of(2022, 12, 12);
        assertThat(calendar.plusWorkingDays(strategy, 14)).isEqualTo(LocalDate.of(2023, 1, 4));
    }

    @Test
    void nextWorkingDayAfterFridayIsMondayUnlessItIsAHoliday() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2021, 3, 5), 1)).isEqualTo(LocalDate.of(2021, 3, 8));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2021, 4, 1), 1)).isEqualTo(LocalDate.of(2021, 4, 6));
        assertThat(calendar.workingDaysAfter(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 6))).isEqualTo(1);
    }

    @Test
    void workingDaysAfterIsNegativeWhenEndComesFirst() {
        assertThat(calendar.workingDaysAfter(LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 8))).isEqualTo(-2);
    }

    @Test
    void negativeOffsetsAreRejected() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2021, 3, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
