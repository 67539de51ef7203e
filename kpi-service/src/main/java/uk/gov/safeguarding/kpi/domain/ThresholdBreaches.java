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
     * @param reshaped announced breaches whose run, as it stands now, starts or ends in another month
     *                 (earlier red months found, later months red, last months revised), with that run
     */
    public record Review(List<RedRun> toAnnounce, Map<AnnouncedBreach, RedRun> reshaped,
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
        Map<AnnouncedBreach, RedRun> runsNow = new LinkedHashMap<>();
        for (RedRun run : RedRun.breaches(ratings, breachAfter)) {
            List<AnnouncedBreach> same = announced.stream().filter(breach -> breach.overlaps(run)).toList();
            if (same.isEmpty()) {
                if (!run.end().isBefore(newsFrom)) {
                    toAnnounce.add(run);
                }
                continue;
            }
            // A run split in two by a revised month stays one breach, spanning both parts.
            for (AnnouncedBreach breach : same) {
                runsNow.merge(breach, run, RedRun::span);
            }
        }
        List<AnnouncedBreach> toWithdraw = announced.stream().filter(breach -> !runsNow.containsKey(breach)).toList();
        Map<AnnouncedBreach, RedRun> reshaped = new LinkedHashMap<>();
        runsNow.forEach((breach, run) -> {
            if (!run.equals(breach.lastSeen())) {
                reshaped.put(breach, run);
            }
        });
        return new Review(toAnnounce, reshaped, toWithdraw);
    }
}
