package uk.gov.safeguarding.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ThresholdBreachesTest {

    private static final YearMonth LAST_COMPLETE = YearMonth.of(2026, 10);
    private static final Rag R = Rag.RED;
    private static final Rag G = Rag.GREEN;
    private static final Rag A = Rag.AMBER;

    /** Ratings of consecutive months ending with the last completed one. */
    private static TreeMap<YearMonth, Rag> endingLastComplete(Rag... rags) {
        TreeMap<YearMonth, Rag> ratings = new TreeMap<>();
        YearMonth month = LAST_COMPLETE.minusMonths(rags.length - 1L);
        for (Rag rag : rags) {
            ratings.put(month, rag);
            month = month.plusMonths(1);
        }
        return ratings;
    }

    private static ThresholdBreaches.Review review(TreeMap<YearMonth, Rag> ratings, AnnouncedBreach... announced) {
        return ThresholdBreaches.review(ratings, 2, List.of(announced), LAST_COMPLETE, 3);
    }

    private static YearMonth month(String text) {
        return YearMonth.parse(text);
    }

    @Test
    void aRunReachingTheLatestMonthsIsAnnounced() {
        var review = review(endingLastComplete(G, G, R, R));
        assertThat(review.toAnnounce()).containsExactly(new RedRun(month("2026-09"), month("2026-10")));
        assertThat(review.toWithdraw()).isEmpty();
    }

    @Test
    void aRunThatEndedLongBeforeTheLatestMonthsIsHistoryNotNews() {
        // Red in May and June 2026; the latest three completed months are August to October.
        var review = review(endingLastComplete(R, R, G, G, G, G));
        assertThat(review.toAnnounce()).isEmpty();
        // A run whose last red month is the first of the three is still news.
        assertThat(review(endingLastComplete(R, R, G, G)).toAnnounce())
                .containsExactly(new RedRun(month("2026-07"), month("2026-08")));
    }

    @Test
    void anUnchangedRunNeedsNothing() {
        AnnouncedBreach announced = new AnnouncedBreach(month("2026-09"), month("2026-10"), month("2026-09"), month("2026-10"));
        var review = review(endingLastComplete(G, R, R), announced);
        assertThat(review.toAnnounce()).isEmpty();
        assertThat(review.reshaped()).isEmpty();
        assertThat(review.toWithdraw()).isEmpty();
    }

    @Test
    void aRunOverlappingAnAnnouncedBreachIsThatBreachEvenIfItsEndsMoved() {
        AnnouncedBreach announced = new AnnouncedBreach(month("2026-08"), month("2026-09"), month("2026-08"), month("2026-09"));
        // July turned red by late data and October is red too: the same run, longer at both ends.
        var review = review(endingLastComplete(G, R, R, R, R), announced);
        assertThat(review.toAnnounce()).isEmpty();
        assertThat(review.toWithdraw()).isEmpty();
        assertThat(review.reshaped()).containsExactly(Map.entry(announced, new RedRun(month("2026-07"), month("2026-10"))));
    }

    @Test
    void anAnnouncedBreachNoRunOverlapsAnyMoreIsWithdrawn() {
        AnnouncedBreach announced = new AnnouncedBreach(month("2026-09"), month("2026-10"), month("2026-09"), month("2026-10"));
        // October revised to amber: one red month is not a breach of a two-month rule.
        var review = review(endingLastComplete(G, R, A), announced);
        assertThat(review.toWithdraw()).containsExactly(announced);
        assertThat(review.toAnnounce()).isEmpty();
    }

    @Test
    void aBreachWhoseMonthsLostTheirFiguresIsWithdrawn() {
        AnnouncedBreach announced = new AnnouncedBreach(month("2026-09"), month("2026-10"), month("2026-09"), month("2026-10"));
        assertThat(review(new TreeMap<>(), announced).toWithdraw()).containsExactly(announced);
    }

    @Test
    void aShorterRunStillLongEnoughKeepsTheBreachAndMovesItsEnd() {
        AnnouncedBreach announced = new AnnouncedBreach(month("2026-07"), month("2026-08"), month("2026-07"), month("2026-10"));
        var review = review(endingLastComplete(G, R, R, R, G), announced);
        assertThat(review.toWithdraw()).isEmpty();
        assertThat(review.reshaped()).containsExactly(Map.entry(announced, new RedRun(month("2026-07"), month("2026-09"))));
    }

    @Test
    void aRunSplitInTwoStaysOneBreachAndTwoRunsJoinedStayTwo() {
        AnnouncedBreach whole = new AnnouncedBreach(month("2026-05"), month("2026-06"), month("2026-05"), month("2026-10"));
        var split = review(endingLastComplete(R, R, A, R, R, G), whole);
        assertThat(split.toAnnounce()).isEmpty();
        assertThat(split.toWithdraw()).isEmpty();
        assertThat(split.reshaped()).containsExactly(Map.entry(whole, new RedRun(month("2026-05"), month("2026-09"))));

        AnnouncedBreach first = new AnnouncedBreach(month("2026-05"), month("2026-06"), month("2026-05"), month("2026-06"));
        AnnouncedBreach second = new AnnouncedBreach(month("2026-08"), month("2026-09"), month("2026-08"), month("2026-09"));
        var joined = review(endingLastComplete(R, R, R, R, R, G), first, second);
        assertThat(joined.toAnnounce()).isEmpty();
        assertThat(joined.toWithdraw()).isEmpty();
        RedRun together = new RedRun(month("2026-05"), month("2026-09"));
        assertThat(joined.reshaped()).containsOnly(Map.entry(first, together), Map.entry(second, together));
    }
}
