package uk.gov.safeguarding.actionplan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.gov.safeguarding.actionplan.domain.ImpactMeasure;
import uk.gov.safeguarding.actionplan.domain.KpiMonth;
import uk.gov.safeguarding.actionplan.repository.ActionRow;
import uk.gov.safeguarding.actionplan.repository.KpiMonths;

/**
 * The impact measures of actions (the shell around the domain's {@link ImpactMeasure}): kept current from
 * kpi-service's month-published events, read from this service's own table so a board pack of hundreds of
 * actions costs one query, not a call to kpi-service per action.
 */
@ApplicationScoped
public class ImpactMeasures {

    private final KpiMonths months;

    public ImpactMeasures(KpiMonths months) {
        this.months = months;
    }

    /** A month-published event, in the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(KpiMonth month, Instant publishedAt) {
        months.record(month, publishedAt);
    }

    /** Each action's impact, one for each council of its source; none for an action without an impact KPI. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, List<ImpactMeasure.Impact>> of(Collection<ActionRow> actions, Map<UUID, List<String>> councilsOf) {
        Set<String> kpis = new LinkedHashSet<>();
        Set<String> councils = new LinkedHashSet<>();
        for (ActionRow action : actions) {
            if (action.impactKpi != null) {
                kpis.add(action.impactKpi);
                councils.addAll(councilsOf.getOrDefault(action.id, List.of()));
            }
        }
        Map<String, List<KpiMonth>> byKpiAndCouncil = new HashMap<>();
        for (KpiMonth month : months.latest(kpis, councils, ImpactMeasure.MONTHS)) {
            byKpiAndCouncil.computeIfAbsent(month.kpiCode() + "|" + month.localAuthority(), k -> new ArrayList<>())
                    .add(month);
        }
        Map<UUID, List<ImpactMeasure.Impact>> impacts = new HashMap<>();
        for (ActionRow action : actions) {
            if (action.impactKpi == null) {
                continue;
            }
            List<ImpactMeasure.Impact> each = new ArrayList<>();
            for (String council : councilsOf.getOrDefault(action.id, List.of())) {
                each.add(ImpactMeasure.of(action.impactKpi, council, action.impactDirection, action.impactTarget,
                        byKpiAndCouncil.getOrDefault(action.impactKpi + "|" + council, List.of())));
            }
            impacts.put(action.id, List.copyOf(each));
        }
        return impacts;
    }
}
