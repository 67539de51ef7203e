package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.KpiCalculation;
import uk.gov.safeguarding.kpi.domain.KpiParameters;
import uk.gov.safeguarding.kpi.domain.Tallies;
import uk.gov.safeguarding.kpi.domain.Tally;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * Children starting a CP plan in the month who had one before (former NI 65), over children starting
 * a plan: "before" is the sender's count of previous plans, or an earlier plan of the child held here.
 */
@Singleton
public class CpPlansSecondOrSubsequent implements KpiCalculation<PracticeRecord> {

    @Override
    public String code() {
        return "CP_PLANS_SECOND_OR_SUBSEQUENT";
    }

    @Override
    public FactKind<PracticeRecord> reads() {
        return FactKind.CHILD_PROTECTION;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<PracticeRecord> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        Tallies tallies = new Tallies();
        for (ChildRecords child : ChildRecords.byChild(facts)) {
            List<PracticeRecord> plans = child.of(RecordKind.CP_PLAN);
            for (PracticeRecord plan : plans) {
                if (!YearMonth.from(plan.startDate()).equals(month)) {
                    continue;
                }
                boolean before = (plan.previousPlans() != null && plan.previousPlans() > 0)
                        || plans.stream().anyMatch(other -> other.startDate().isBefore(plan.startDate()));
                tallies.add(null, before);
            }
        }
        return tallies.toMap();
    }
}
