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
 * Looked-after children's reviews (Care Planning Regulations, reg 33) falling due in the month that
 * were held by their due date: the first within {@code firstReviewWorkingDays} (20) working days of
 * becoming looked after, the second within {@code secondReviewMonths} (3) of the first, then every
 * {@code laterReviewMonths} (6). One CLA episode is one period of care.
 */
@Singleton
public class CicReviewsInTimescale implements KpiCalculation<PracticeRecord> {

    @Override
    public String code() {
        return "CIC_REVIEWS_IN_TIMESCALE";
    }

    @Override
    public FactKind<PracticeRecord> reads() {
        return FactKind.CHILDREN_IN_CARE;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<PracticeRecord> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        int firstWorkingDays = parameters.get("firstReviewWorkingDays", 20);
        int second = parameters.get("secondReviewMonths", 3);
        int later = parameters.get("laterReviewMonths", 6);
        return CpReviewsInTimescale.countDue(month, facts, RecordKind.CLA_EPISODE, RecordKind.CLA_REVIEW,
                episode -> calendar.plusWorkingDays(episode.startDate(), firstWorkingDays),
                List.of(date -> date.plusMonths(second), date -> date.plusMonths(later)));
    }
}
