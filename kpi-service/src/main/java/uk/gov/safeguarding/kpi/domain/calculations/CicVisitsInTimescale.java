package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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
 * Children in care at the end of the month seen within their interval (reg 28), over children in care:
 * within {@code firstVisitDays} (7) days of the current placement starting, then every
 * {@code laterVisitDays} (42) days. Calendar days, as the regulation counts them.
 */
@Singleton
public class CicVisitsInTimescale implements KpiCalculation<PracticeRecord> {

    @Override
    public String code() {
        return "CIC_VISITS_IN_TIMESCALE";
    }

    @Override
    public FactKind<PracticeRecord> reads() {
        return FactKind.CHILDREN_IN_CARE;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<PracticeRecord> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        int firstDays = parameters.get("firstVisitDays", 7);
        int laterDays = parameters.get("laterVisitDays", 42);
        LocalDate monthEnd = month.atEndOfMonth();
        Tallies tallies = new Tallies();
        for (ChildRecords child : ChildRecords.byChild(facts)) {
            Optional<PracticeRecord> episode = child.openAt(RecordKind.CLA_EPISODE, monthEnd);
            if (episode.isEmpty()) {
                continue;
            }
            LocalDate placementStart = episode.get().placementStartDate() != null
                    ? episode.get().placementStartDate() : episode.get().startDate();
            List<LocalDate> visits = child.datesOf(RecordKind.CLA_VISIT, placementStart, monthEnd);
            boolean inTime = visits.isEmpty()
                    ? ChronoUnit.DAYS.between(placementStart, monthEnd) <= firstDays
                    : ChronoUnit.DAYS.between(visits.get(visits.size() - 1), monthEnd) <= laterDays;
            tallies.add(episode.get().team(), inTime);
        }
        return tallies.toMap();
    }
}
