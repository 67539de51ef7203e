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
 * Assessments authorised in the month within {@code assessmentWorkingDays} (default 45) working days
 * of the referral, the referral date being day 1 as the DfE counts, over assessments authorised.
 */
@Singleton
public class SingleAssessmentsInTimescale implements KpiCalculation<PracticeRecord> {

    public static final String WORKING_DAYS = "assessmentWorkingDays";
    public static final int DEFAULT_WORKING_DAYS = 45;

    @Override
    public String code() {
        return "SINGLE_ASSESSMENTS_IN_TIMESCALE";
    }

    @Override
    public FactKind<PracticeRecord> reads() {
        return FactKind.ASSESSMENTS;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<PracticeRecord> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        int allowed = parameters.get(WORKING_DAYS, DEFAULT_WORKING_DAYS);
        Tallies tallies = new Tallies();
        for (PracticeRecord assessment : facts) {
            if (assessment.kind() == RecordKind.ASSESSMENT && assessment.authorisedDate() != null
                    && YearMonth.from(assessment.authorisedDate()).equals(month)) {
                tallies.add(assessment.team(),
                        calendar.dayNumber(assessment.referralDate(), assessment.authorisedDate()) <= allowed);
            }
        }
        return tallies.toMap();
    }
}
