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
 * Initial child protection conferences held in the month within {@code icpcWorkingDays} (default 15)
 * working days of the strategy discussion that started the section 47 enquiry, that day being day 1.
 */
@Singleton
public class IcpcInTimescale implements KpiCalculation<PracticeRecord> {

    public static final String WORKING_DAYS = "icpcWorkingDays";
    public static final int DEFAULT_WORKING_DAYS = 15;

    @Override
    public String code() {
        return "ICPC_IN_TIMESCALE";
    }

    @Override
    public FactKind<PracticeRecord> reads() {
        return FactKind.S47_ENQUIRIES;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<PracticeRecord> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        int allowed = parameters.get(WORKING_DAYS, DEFAULT_WORKING_DAYS);
        Tallies tallies = new Tallies();
        for (PracticeRecord enquiry : facts) {
            if (enquiry.kind() == RecordKind.S47_ENQUIRY && enquiry.icpcDate() != null
                    && !Boolean.TRUE.equals(enquiry.icpcNotRequired())
                    && YearMonth.from(enquiry.icpcDate()).equals(month)) {
                tallies.add(enquiry.team(),
                        calendar.dayNumber(enquiry.strategyDiscussionDate(), enquiry.icpcDate()) <= allowed);
            }
        }
        return tallies.toMap();
    }
}
