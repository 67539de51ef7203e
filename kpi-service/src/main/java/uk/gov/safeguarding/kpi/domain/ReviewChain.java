package uk.gov.safeguarding.kpi.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Statutory reviews follow one another: the first is due a set time after the start, each later one a
 * set time after the review before it. A review missed is counted late against its due date, and the
 * next is due from the late review (or from the missed due date while none is held).
 */
public final class ReviewChain {

    public record Due(LocalDate dueBy, boolean heldInTime) {
    }

    private ReviewChain() {
    }

    /**
     * @param firstDue   when the first review falls due
     * @param intervals  how each later review's due date follows the review before it: the first entry
     *                   for the second review, and so on; the last entry repeats
     * @param reviews    dates reviews were held on, in any order
     * @param until      the last day a review can fall due (the plan's or episode's end, or the month's end)
     */
    public static List<Due> dues(LocalDate firstDue, List<UnaryOperator<LocalDate>> intervals, List<LocalDate> reviews,
                                 LocalDate until) {
        List<LocalDate> held = reviews.stream().sorted().toList();
        List<Due> dues = new ArrayList<>();
        LocalDate due = firstDue;
        LocalDate previous = null;
        int step = 0;
        while (!due.isAfter(until)) {
            LocalDate after = previous;
            LocalDate next = held.stream().filter(review -> after == null || review.isAfter(after)).findFirst().orElse(null);
            boolean inTime = next != null && !next.isAfter(due);
            dues.add(new Due(due, inTime));
            LocalDate base = next != null ? next : due;
            previous = next != null ? next : previous;
            due = intervals.get(Math.min(step, intervals.size() - 1)).apply(base);
            step++;
            if (dues.size() > 1_000) {
                throw new IllegalStateException("A review chain that never ends: check the intervals");
            }
        }
        return dues;
    }
}
