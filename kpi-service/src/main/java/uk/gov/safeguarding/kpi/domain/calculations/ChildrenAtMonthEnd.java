package uk.gov.safeguarding.kpi.domain.calculations;

import java.time.LocalDate;
import java.time.YearMonth;
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

/** Children with an episode of some kinds open on the month's last day, each child once: a count. */
abstract class ChildrenAtMonthEnd implements KpiCalculation<PracticeRecord> {

    private final String code;
    private final FactKind<PracticeRecord> reads;
    private final Set<RecordKind> episodes;

    ChildrenAtMonthEnd(String code, FactKind<PracticeRecord> reads, Set<RecordKind> episodes) {
        this.code = code;
        this.reads = reads;
        this.episodes = Set.copyOf(episodes);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public FactKind<PracticeRecord> reads() {
        return reads;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<PracticeRecord> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        LocalDate monthEnd = month.atEndOfMonth();
        Set<String> children = new HashSet<>();
        for (PracticeRecord record : facts) {
            if (episodes.contains(record.kind()) && record.openAt(monthEnd)) {
                children.add(record.childRef());
            }
        }
        return Map.of(Breakdown.COUNCIL, Tally.count(children.size()));
    }
}
