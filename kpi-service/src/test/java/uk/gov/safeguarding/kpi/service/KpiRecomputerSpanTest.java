package uk.gov.safeguarding.kpi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class KpiRecomputerSpanTest {

    @Test
    void monthsWithinTwelveOfEachOtherShareOneRefresh() {
        var months = new TreeSet<>(List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 12), YearMonth.of(2025, 12)));

        assertEquals(List.of(new KpiRecomputer.Span(YearMonth.of(2024, 1), YearMonth.of(2025, 12))),
                KpiRecomputer.Span.of(months));
    }

    @Test
    void monthsMoreThanTwelveApartAreRefreshedSeparately() {
        var months = new TreeSet<>(List.of(YearMonth.of(2020, 3), YearMonth.of(2021, 4), YearMonth.of(2021, 5)));

        assertEquals(List.of(new KpiRecomputer.Span(YearMonth.of(2020, 3), YearMonth.of(2020, 3)),
                        new KpiRecomputer.Span(YearMonth.of(2021, 4), YearMonth.of(2021, 5))),
                KpiRecomputer.Span.of(months));
    }
}
