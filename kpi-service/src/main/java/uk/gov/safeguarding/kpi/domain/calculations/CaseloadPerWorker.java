package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.KpiCalculation;
import uk.gov.safeguarding.kpi.domain.KpiParameters;
import uk.gov.safeguarding.kpi.domain.Tally;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * Open allocated children over case-holding workers at the end of the month, for the council and by
 * team (Derby's JAR found 16 to 25). A child allocated in two teams counts in each team, once overall.
 */
@Singleton
public class CaseloadPerWorker implements KpiCalculation<PracticeRecord> {

    @Override
    public String code() {
        return "CASELOAD_PER_WORKER";
    }

    @Override
    public FactKind<PracticeRecord> reads() {
        return FactKind.CASELOADS;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<PracticeRecord> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        LocalDate monthEnd = month.atEndOfMonth();
        Set<String> children = new HashSet<>();
        Set<String> workers = new HashSet<>();
        Map<String, Set<String>> teamChildren = new HashMap<>();
        Map<String, Set<String>> teamWorkers = new HashMap<>();
        for (PracticeRecord allocation : facts) {
            if (allocation.kind() != RecordKind.ALLOCATION || !allocation.openAt(monthEnd)) {
                continue;
            }
            children.add(allocation.childRef());
            workers.add(allocation.worker());
            if (allocation.team() != null) {
                teamChildren.computeIfAbsent(allocation.team(), team -> new HashSet<>()).add(allocation.childRef());
                teamWorkers.computeIfAbsent(allocation.team(), team -> new HashSet<>()).add(allocation.worker());
            }
        }
        Map<Breakdown, Tally> tallies = new HashMap<>();
        tallies.put(Breakdown.COUNCIL, new Tally(children.size(), workers.size()));
        teamChildren.forEach((team, allocated) -> tallies.put(Breakdown.team(team),
                new Tally(allocated.size(), teamWorkers.get(team).size())));
        return tallies;
    }
}
