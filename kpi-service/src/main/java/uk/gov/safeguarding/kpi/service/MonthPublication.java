package uk.gov.safeguarding.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kpi.domain.AnnouncedBreach;
import uk.gov.safeguarding.kpi.domain.KpiDefinition;
import uk.gov.safeguarding.kpi.domain.MonthFigures;
import uk.gov.safeguarding.kpi.domain.Rag;
import uk.gov.safeguarding.kpi.domain.RedRun;
import uk.gov.safeguarding.kpi.domain.ThresholdBreaches;
import uk.gov.safeguarding.kpi.events.KpiEvents;
import uk.gov.safeguarding.kpi.events.ThresholdBreachWithdrawn;
import uk.gov.safeguarding.kpi.events.ThresholdBreached;
import uk.gov.safeguarding.kpi.repository.BreachRepository;
import uk.gov.safeguarding.kpi.repository.KpiValueRepository;
import uk.gov.safeguarding.kpi.repository.MonthVersions;
import uk.gov.safeguarding.kpi.repository.StoredValue;

/**
 * What follows new figures: a closed month whose figures changed gets a new version and a
 * month-published event; a KPI red for its run of completed months gets one threshold-breached event,
 * and a withdrawn event if revised figures end that run.
 */
@ApplicationScoped
public class MonthPublication {

    static final int MONTHS_AFFECTED_AFTER = MonthFigures.LATER_MONTHS_DEPENDING;

    private final MonthVersions versions;
    private final KpiValueRepository values;
    private final BreachRepository breaches;
    private final KpiEvents events;
    private final int announceWithinMonths;

    public MonthPublication(MonthVersions versions, KpiValueRepository values, BreachRepository breaches,
                            KpiEvents events,
                            @ConfigProperty(name = "suite.kpi.announce-breaches-within-months", defaultValue = "3")
                            int announceWithinMonths) {
        this.announceWithinMonths = announceWithinMonths;
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

    /** After a recomputation of {@code months}: revisions of the closed months they touched, and breaches. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterRecompute(String localAuthority, Collection<YearMonth> months, Map<String, KpiDefinition> definitions,
                               Set<String> kpiCodes, Instant now) {
        SortedSet<YearMonth> touchedClosedMonths = new TreeSet<>();
        for (YearMonth month : months) {
            touchedClosedMonths.addAll(versions.closedBetween(localAuthority, month, month.plusMonths(MONTHS_AFFECTED_AFTER)));
        }
        for (YearMonth closed : touchedClosedMonths) {
            publishChanged(localAuthority, closed, definitions, kpiCodes, "late data", now);
        }
        YearMonth lastComplete = YearMonth.from(LondonTime.date(now)).minusMonths(1);
        for (String code : kpiCodes) {
            reviewBreaches(definitions.get(code), localAuthority, lastComplete, now);
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

    /**
     * Reviews a KPI's breaches against its whole council-wide history: a recomputed month can join, split,
     * lengthen or end a run of any length, and a target change re-rates every month.
     */
    private void reviewBreaches(KpiDefinition definition, String localAuthority, YearMonth lastComplete, Instant now) {
        if (definition == null) {
            return;
        }
        String code = definition.code();
        List<AnnouncedBreach> standing = breaches.standing(code, localAuthority);
        if (definition.target() == null && standing.isEmpty()) {
            return;
        }
        SortedMap<YearMonth, Rag> ratings = new TreeMap<>();
        SortedMap<YearMonth, StoredValue> rows = new TreeMap<>();
        for (StoredValue row : values.councilHistory(code, localAuthority, lastComplete)) {
            rows.put(row.month(), row);
            Rag rag = definition.rate(row.value());
            if (rag != null) {
                ratings.put(row.month(), rag);
            }
        }
        ThresholdBreaches.Review review = ThresholdBreaches.review(ratings, definition.breachAfterRedMonths(), standing,
                lastComplete, announceWithinMonths);
        for (RedRun run : review.toAnnounce()) {
            if (breaches.announce(code, localAuthority, run, definition.breachAfterRedMonths(), now)) {
                List<ThresholdBreached.MonthValue> red = rows.subMap(run.start(), run.end().plusMonths(1)).values().stream()
                        .map(row -> new ThresholdBreached.MonthValue(row.month(), row.value())).toList();
                events.thresholdBreached(definition, localAuthority, run, red);
            }
        }
        review.reshaped().forEach((breach, run) -> breaches.reshape(code, localAuthority, breach, run));
        for (AnnouncedBreach breach : review.toWithdraw()) {
            breaches.withdraw(code, localAuthority, breach, now);
            List<ThresholdBreachWithdrawn.MonthRating> months = new ArrayList<>();
            for (YearMonth month = breach.firstRedMonth(); !month.isAfter(breach.lastRedMonth()); month = month.plusMonths(1)) {
                StoredValue row = rows.get(month);
                BigDecimal value = row == null ? null : row.value();
                months.add(new ThresholdBreachWithdrawn.MonthRating(month, value, definition.rate(value)));
            }
            events.thresholdBreachWithdrawn(definition, localAuthority, breach, months);
        }
    }
}
