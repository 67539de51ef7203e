package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Children on a CP plan at the end of the month whose last visit was no more than
 * {@code visitIntervalWorkingDays} (default 10) working days before it, over children on a plan. A
 * child whose plan began within the interval and who is not yet visited is not overdue.
 */
@Singleton
public class CpVisitsInTimescale implements KpiCalculation<PracticeRecord> {

    public static final String INTERVAL = "visitIntervalWorkingDays";
    public static final int DEFAULT_INTERVAL = 10;

    @Override
    public String code() {
        return "CP_VISITS_IN_TIMESCALE";
    }

    @Override
    public FactKind<PracticeRecord> reads() {
        return FactKind.CHILD_PROTECTION;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<PracticeRecord> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        int interval = parameters.get(INTERVAL, DEFAULT_INTERVAL);
        LocalDate monthEnd = month.atEndOfMonth();
        Tallies tallies = new Tallies();
        for (ChildRecords child : ChildRecords.byChild(facts)) {
            Optional<PracticeRecord> plan = child.openAt(RecordKind.CP_PLAN, monthEnd);
            if (plan.isEmpty()) {
                continue;
            }
            List<LocalDate> visits = child.datesOf(RecordKind.CP_VISIT, plan.get().startDate(), monthEnd);
            LocalDate since = visits.isEmpty() ? plan.get().startDate() : visits.get(visits.size() - 1);
            tallies.add(plan.get().team(), calendar.workingDaysAfter(since, monthEnd) <= interval);
        }
        return tallies.toMap();
    }
}
