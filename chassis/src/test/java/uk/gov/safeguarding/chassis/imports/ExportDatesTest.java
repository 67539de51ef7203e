package uk.gov.safeguarding.chassis.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportDatesTest {

    @Test
    void readsIsoAndUkDayMonthYear() {
        assertThat(ExportDates.date("2021-04-01")).contains(LocalDate.of(2021, 4, 1));
        assertThat(ExportDates.date("01/04/2021")).contains(LocalDate.of(2021, 4, 1));
        assertThat(ExportDates.date("1/4/2021")).contains(LocalDate.of(2021, 4, 1));
        assertThat(ExportDates.date("01-04-2021")).contains(LocalDate.of(2021, 4, 1));
        assertThat(ExportDates.date("2021-04-01T10:15:00")).contains(LocalDate.of(2021, 4, 1));
    }

    @Test
    void refusesDaysThatDoNotExistRatherThanMovingThem() {
        assertThat(ExportDates.date("31/04/2021")).isEmpty();
        assertThat(ExportDates.date("29/02/2021")).isEmpty();
        assertThat(ExportDates.date("29/02/2020")).contains(LocalDate.of(2020, 2, 29));
        assertThat(ExportDates.date("2021-02-30")).isEmpty();
        assertThat(ExportDates.date("soon")).isEmpty();
    }

    @Test
    void aDateAloneIsTheStartOfThatLondonDay() {
        assertThat(ExportDates.instant("2021-07-01")).contains(Instant.parse("2021-06-30T23:00:00Z"));
        assertThat(ExportDates.instant("2021-07-01T09:00:00+01:00")).contains(Instant.parse("2021-07-01T08:00:00Z"));
    }

    @Test
    void readsExcelSerialDayNumbers() {
        assertThat(ExportDates.date("44287")).contains(LocalDate.of(2021, 4, 1));
        assertThat(ExportDates.date("44287.5")).contains(LocalDate.of(2021, 4, 1));
        assertThat(ExportDates.date("36526")).contains(LocalDate.of(2000, 1, 1));
        // a year is not a day of 1905, nor a six-digit number a date
        assertThat(ExportDates.date("2021")).isEmpty();
        assertThat(ExportDates.date("442870")).isEmpty();
    }
}
