package uk.gov.safeguarding.kpi.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A run of consecutive red months of one KPI and council. It is a breach once it is as long as the
 * KPI's {@code breachAfterRedMonths}; the run is reported once, however long it lasts and however
 * often its months are recomputed.
 */
public record RedRun(YearMonth start, YearMonth end) {

    public int length() {
        return (int) (start.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    /** From the earlier start to the later end of the two. */
    public RedRun span(RedRun other) {
        return new RedRun(start.isBefore(other.start) ? start : other.start, end.isAfter(other.end) ? end : other.end);
    }

    /** The month the run became a breach. */
    public YearMonth breachedIn(int breachAfter) {
        return start.plusMonths(breachAfter - 1L);
    }

    /** Runs of at least {@code breachAfter} red months; a month with no rating breaks a run. */
    public static List<RedRun> breaches(SortedMap<YearMonth, Rag> ratings, int breachAfter) {
        List<RedRun> runs = new ArrayList<>();
        YearMonth start = null;
        YearMonth previous = null;
        for (Map.Entry<YearMonth, Rag> entry : ratings.entrySet()) {
            boolean red = entry.getValue() == Rag.RED;
            boolean continues = red && start != null && previous.plusMonths(1).equals(entry.getKey());
            if (red && !continues) {
                close(runs, start, previous, breachAfter);
                start = entry.getKey();
            } else if (!red) {
                close(runs, start, previous, breachAfter);
                start = null;
            }
            previous = entry.getKey();
        }
        close(runs, start, previous, breachAfter);
        return runs;
    }

    private static void close(List<RedRun> runs, YearMonth start, YearMonth end, int breachAfter) {
        if (start != null) {
            RedRun run = new RedRun(start, end);
            if (run.length() >= breachAfter) {
                runs.add(run);
            }
        }
    }
}
