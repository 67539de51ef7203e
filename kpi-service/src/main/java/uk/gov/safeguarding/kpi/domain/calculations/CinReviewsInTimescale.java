package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.KpiCalculation;
import uk.gov.safeguarding.kpi.domain.KpiParameters;
import uk.gov.safeguarding.kpi.domain.Tally;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * CIN plan reviews falling due in the month that were held by their due date, over reviews due: each
 * within {@code reviewIntervalMonths} (3) of the plan's start or the review before.
 */
@Singleton
public class CinReviewsInTimescale implements KpiCalculation<PracticeRecord> {

    @Override
    public String code() {
        return "CIN_REVIEWS_IN_TIMESCALE";
    }

    @Override
    public FactKind<PracticeRecord> reads() {
        return FactKind.CHILDREN_IN_NEED;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<PracticeRecord> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        int interval = parameters.get("reviewIntervalMonths", 3);
        return CpReviewsInTimescale.countDue(month, facts, RecordKind.CIN_PLAN, RecordKind.CIN_REVIEW,
                plan -> plan.startDate().plusMonths(interval), List.of(date -> date.plusMonths(interval)));
    }
}
