package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RedRunTest {

    private static TreeMap<YearMonth, Rag> ratings(String first, Rag... rags) {
        TreeMap<YearMonth, Rag> ratings = new TreeMap<>();
        YearMonth month = YearMonth.parse(first);
        for (Rag rag : rags) {
            if (rag != null) {
                ratings.put(month, rag);
            }
            month = month.plusMonths(1);
        }
        return ratings;
    }

    @Test
    void twoRedMonthsInARowAreABreachReportedFromTheRunsStart() {
        var runs = RedRun.breaches(ratings("2021-01", Rag.GREEN, Rag.RED, Rag.RED, Rag.RED, Rag.AMBER, Rag.RED), 2);
        assertThat(runs).containsExactly(new RedRun(YearMonth.of(2021, 2), YearMonth.of(2021, 4)));
        assertThat(runs.get(0).length()).isEqualTo(3);
        assertThat(runs.get(0).breachedIn(2)).isEqualTo(YearMonth.of(2021, 3));
    }

    @Test
    void aMissingMonthBreaksTheRun() {
        assertThat(RedRun.breaches(ratings("2021-01", Rag.RED, null, Rag.RED), 2)).isEmpty();
        assertThat(RedRun.breaches(ratings("2021-01", Rag.RED, Rag.RED, Rag.RED), 3)).hasSize(1);
        assertThat(RedRun.breaches(ratings("2021-01", Rag.RED, Rag.RED, Rag.AMBER, Rag.RED, Rag.RED), 2)).hasSize(2);
    }
}
