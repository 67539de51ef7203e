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
 * CP plans ended in the month that had lasted {@code planYears} (2) years or more (former NI 64), over
 * plans ended. A plan from 1 March 2019 ending on 1 March 2021 has lasted two years; ending on
 * 28 February 2021 it has not. Lower is better.
 */
@Singleton
public class CpPlansEndedTwoYearsPlus implements KpiCalculation<PracticeRecord> {

    @Override
    public String code() {
        return "CP_PLANS_ENDED_2_YEARS_PLUS";
    }

    @Override
    public FactKind<PracticeRecord> reads() {
        return FactKind.CHILD_PROTECTION;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<PracticeRecord> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        int years = parameters.get("planYears", 2);
        Tallies tallies = new Tallies();
        for (PracticeRecord plan : facts) {
            if (plan.kind() == RecordKind.CP_PLAN && plan.endDate() != null
                    && YearMonth.from(plan.endDate()).equals(month)) {
                tallies.add(null, !plan.endDate().isBefore(plan.startDate().plusYears(years)));
            }
        }
        return tallies.toMap();
    }
}
