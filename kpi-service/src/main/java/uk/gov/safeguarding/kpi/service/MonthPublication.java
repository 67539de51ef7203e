package uk.gov.safeguarding.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.domain.LondonTime;
import uk.gov.safeguarding.kpi.domain.MonthFigures;
import uk.gov.safeguarding.kpi.domain.Rag;
import uk.gov.safeguarding.kpi.domain.RedRun;
import uk.gov.safeguarding.kpi.events.KpiEvents;
import uk.gov.safeguarding.kpi.events.ThresholdBreached;
import uk.gov.safeguarding.kpi.repository.BreachRepository;
import uk.gov.safeguarding.kpi.repository.KpiValueRepository;
import uk.gov.safeguarding.kpi.repository.MonthVersions;
import uk.gov.safeguarding.kpi.repository.StoredValue;

/**
 * What follows new figures: a closed month whose figures changed gets a new version and a
 * month-published event; a KPI red for its run of completed months gets one threshold-breached event.
 */
@ApplicationScoped
public class MonthPublication {

    /** How far back a run of red months is looked for when a month is recomputed. */
    static final int RUN_LOOK_BACK_MONTHS = 24;
    static final int MONTHS_AFFECTED_AFTER = MonthFigures.LATER_MONTHS_DEPENDING;

    private final MonthVersions versions;
    private final KpiValueRepository values;
    private final BreachRepository breaches;
    private final KpiEvents events;

    public MonthPublication(MonthVersions versions, KpiValueRepository values, BreachRepository breaches,
                            KpiEvents events) {
        this.versions = versions;
        this.values = values;
        this.breaches = breaches;
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lockCouncil(String localAuthority) {
        versions.lockCouncil(localAuthority);
    }

    /** Snapshots every KPI of a month being closed (version 1) and announces each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(String localAuthority, YearMonth month, Map<String, KpiDefinition> definitions, String reason,
                       Instant now) {
        return publishChanged(localAuthority, month, definitions, definitions.keySet(), reason, now);
    }

    /** After a recomputation of {@code month}: revisions of closed months it touched, and breaches. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterRecompute(String localAuthority, YearMonth month, Map<String, KpiDefinition> definitions,
                               Set<String> kpiCodes, Instant now) {
        for (YearMonth closed : versions.closedBetween(localAuthority, month, month.plusMonths(MONTHS_AFFECTED_AFTER))) {
            publishChanged(localAuthority, closed, definitions, kpiCodes, "late data", now);
        }
        YearMonth lastComplete = YearMonth.from(LondonTime.date(now)).minusMonths(1);
        for (String code : kpiCodes) {
            checkBreaches(definitions.get(code), localAuthority, month, lastComplete, now);
        }
    }

    private int publishChanged(String localAuthority, YearMonth month, Map<String, KpiDefinition> definitions,
                               Collection<String> kpiCodes, String reason, Instant now) {
        List<MonthVersions.NewVersion> created = versions.snapshot(localAuthority, month, Set.copyOf(kpiCodes), reason, now);
        if (created.isEmpty()) {
            return 0;
        }
        Map<String, StoredValue> council = values.councilMonths(localAuthority, month, month).stream()
                .collect(Collectors.toMap(StoredValue::kpiCode, row -> row));
        for (MonthVersions.NewVersion version : created) {
            StoredValue row = council.get(version.kpiCode());
            if (row != null) {
                events.monthPublished(definitions.get(version.kpiCode()), row, version.version(), now);
            }
        }
        return created.size();
    }

    private void checkBreaches(KpiDefinition definition, String localAuthority, YearMonth month, YearMonth lastComplete,
                               Instant now) {
        if (definition == null || definition.target() == null) {
            return;
        }
        YearMonth to = month.plusMonths(MONTHS_AFFECTED_AFTER).isAfter(lastComplete) ? lastComplete
                : month.plusMonths(MONTHS_AFFECTED_AFTER);
        if (to.isBefore(month)) {
            return;
        }
        SortedMap<YearMonth, Rag> ratings = new TreeMap<>();
        SortedMap<YearMonth, StoredValue> rows = new TreeMap<>();
        for (StoredValue row : values.range(definition.code(), localAuthority, month.minusMonths(RUN_LOOK_BACK_MONTHS), to)) {
            if (row.breakdown().equals(Breakdown.COUNCIL)) {
                rows.put(row.month(), row);
                Rag rag = definition.rate(row.value());
                if (rag != null) {
                    ratings.put(row.month(), rag);
                }
            }
        }
        int breachAfter = definition.breachAfterRedMonths();
        for (RedRun run : RedRun.breaches(ratings, breachAfter)) {
            if (run.end().isBefore(month)) {
                continue;
            }
            if (breaches.recordIfNew(definition.code(), localAuthority, run, breachAfter, now)) {
                List<ThresholdBreached.MonthValue> red = rows.subMap(run.start(), run.end().plusMonths(1)).values().stream()
                        .map(row -> new ThresholdBreached.MonthValue(row.month(), row.value())).toList();
                events.thresholdBreached(definition, localAuthority, run, red);
            }
        }
    }
}
