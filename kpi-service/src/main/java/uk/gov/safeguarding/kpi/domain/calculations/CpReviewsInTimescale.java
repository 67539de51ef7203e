package uk.gov.safeguarding.kpi.domain.calculations;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.KpiCalculation;
import uk.gov.safeguarding.kpi.domain.KpiParameters;
import uk.gov.safeguarding.kpi.domain.ReviewChain;
import uk.gov.safeguarding.kpi.domain.Tallies;
import uk.gov.safeguarding.kpi.domain.Tally;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * CP review conferences falling due in the month that were held by their due date, over reviews due:
 * the first within {@code firstReviewMonths} (3) of the initial conference (the plan's start), then
 * within {@code laterReviewMonths} (6) of the review before.
 */
@Singleton
public class CpReviewsInTimescale implements KpiCalculation<PracticeRecord> {

    @Override
    public String code() {
        return "CP_REVIEWS_IN_TIMESCALE";
    }

    @Override
    public FactKind<PracticeRecord> reads() {
        return FactKind.CHILD_PROTECTION;
    }

    @Override
    public Map<Breakdown, Tally> count(YearMonth month, List<PracticeRecord> facts, KpiParameters parameters,
                                       WorkingDayCalendar calendar) {
        int first = parameters.get("firstReviewMonths", 3);
        int later = parameters.get("laterReviewMonths", 6);
        return countDue(month, facts, RecordKind.CP_PLAN, RecordKind.CP_REVIEW,
                plan -> plan.startDate().plusMonths(first), List.of(date -> date.plusMonths(later)));
    }

    /** Reviews of episodes of one kind that fall due in the month, by the episode's team. */
    static Map<Breakdown, Tally> countDue(YearMonth month, List<PracticeRecord> facts, RecordKind episodeKind,
                                          RecordKind reviewKind, java.util.function.Function<PracticeRecord, LocalDate> firstDue,
                                          List<UnaryOperator<LocalDate>> intervals) {
        LocalDate monthStart = month.atDay(1);
        LocalDate monthEnd = month.atEndOfMonth();
        Tallies tallies = new Tallies();
        for (ChildRecords child : ChildRecords.byChild(facts)) {
            for (PracticeRecord episode : child.of(episodeKind)) {
                if (episode.startDate().isAfter(monthEnd)
                        || (episode.endDate() != null && episode.endDate().isBefore(monthStart))) {
                    continue;
                }
                LocalDate until = ChildRecords.until(episode, monthEnd);
                List<LocalDate> reviews = child.datesOf(reviewKind, episode.startDate(), until);
                for (ReviewChain.Due due : ReviewChain.dues(firstDue.apply(episode), intervals, reviews, until)) {
                    if (!due.dueBy().isBefore(monthStart)) {
                        tallies.add(episode.team(), due.heldInTime());
                    }
                }
            }
        }
        return tallies.toMap();
    }
}
