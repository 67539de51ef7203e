package uk.gov.safeguarding.kpi.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What a KPI's ratings, after new figures, mean for its threshold breaches.
 *
 * <p>A run of red months that overlaps a breach already announced is that breach, however late data
 * has moved its ends; it is not announced again. A new run is announced only while it is news: when its
 * last red month is among the latest {@code announceWithinMonths} completed months. Loading years of
 * history would otherwise announce every old run, and each would open a "KPI exception" in the action
 * plan. An announced breach that no run overlaps any more (the months were revised, or the target
 * changed) is withdrawn.
 */
public final class ThresholdBreaches {

    /**
     * @param newRunEnds announced breaches whose run now ends in another month (it went on, or its last
     *                   months were revised), with that month
     */
    public record Review(List<RedRun> toAnnounce, Map<AnnouncedBreach, YearMonth> newRunEnds,
                         List<AnnouncedBreach> toWithdraw) {
    }

    private ThresholdBreaches() {
    }

    /**
     * @param ratings      every completed month's council-wide rating the KPI has, oldest first
     * @param lastComplete the latest completed month
     */
    public static Review review(SortedMap<YearMonth, Rag> ratings, int breachAfter, List<AnnouncedBreach> announced,
                                YearMonth lastComplete, int announceWithinMonths) {
        YearMonth newsFrom = lastComplete.minusMonths(announceWithinMonths - 1L);
        List<RedRun> toAnnounce = new ArrayList<>();
        Map<AnnouncedBreach, YearMonth> runEnds = new LinkedHashMap<>();
        for (RedRun run : RedRun.breaches(ratings, breachAfter)) {
            List<AnnouncedBreach> same = announced.stream().filter(breach -> breach.overlaps(run)).toList();
            if (same.isEmpty()) {
                if (!run.end().isBefore(newsFrom)) {
                    toAnnounce.add(run);
                }
                continue;
            }
            for (AnnouncedBreach breach : same) {
                runEnds.merge(breach, run.end(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<AnnouncedBreach> toWithdraw = announced.stream().filter(breach -> !runEnds.containsKey(breach)).toList();
        Map<AnnouncedBreach, YearMonth> newRunEnds = new LinkedHashMap<>();
        runEnds.forEach((breach, end) -> {
            if (!end.equals(breach.runEnd())) {
                newRunEnds.put(breach, end);
            }
        });
        return new Review(toAnnounce, newRunEnds, toWithdraw);
    }
}
