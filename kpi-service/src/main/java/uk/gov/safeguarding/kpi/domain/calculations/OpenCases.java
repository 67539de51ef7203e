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
 * Children open to children's social care at the end of the month: an allocation, CIN plan, CP plan or
 * CLA episode open on its last day. Each child once; by team through their open allocations.
 */
@Singleton
public class OpenCases implements KpiCalculation<PracticeRecord> {

    @Override
    public String code() {
        return "OPEN_CASES";
    }

    @Override
    public FactKind<PracticeRecord> reads() {
        return FactKind.CASELOADS;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<PracticeRecord> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        LocalDate monthEnd = month.atEndOfMonth();
        Set<String> open = new HashSet<>();
        Map<String, Set<String>> byTeam = new HashMap<>();
        for (PracticeRecord record : facts) {
            if (RecordKind.EPISODES.contains(record.kind()) && record.openAt(monthEnd)) {
                open.add(record.childRef());
                if (record.kind() == RecordKind.ALLOCATION && record.team() != null) {
                    byTeam.computeIfAbsent(record.team(), team -> new HashSet<>()).add(record.childRef());
                }
            }
        }
        Map<Breakdown, Tally> tallies = new HashMap<>();
        tallies.put(Breakdown.COUNCIL, Tally.count(open.size()));
        byTeam.forEach((team, children) -> tallies.put(Breakdown.team(team), Tally.count(children.size())));
        return tallies;
    }
}
