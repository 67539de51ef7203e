package uk.gov.safeguarding.kpi.domain.calculations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.kpi.domain.calculations.Records.allocation;
import static uk.gov.safeguarding.kpi.domain.calculations.Records.assessment;
import static uk.gov.safeguarding.kpi.domain.calculations.Records.careEpisode;
import static uk.gov.safeguarding.kpi.domain.calculations.Records.cpPlan;
import static uk.gov.safeguarding.kpi.domain.calculations.Records.episode;
import static uk.gov.safeguarding.kpi.domain.calculations.Records.event;
import static uk.gov.safeguarding.kpi.domain.calculations.Records.s47;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.KpiParameters;
import uk.gov.safeguarding.kpi.domain.Tally;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/** The practice KPIs, one nested class each, on the edges councils get wrong in spreadsheets. */
class PracticeKpisTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static Map<Breakdown, Tally> count(uk.gov.safeguarding.kpi.domain.KpiCalculation<PracticeRecord> kpi,
                                               String month, PracticeRecord... records) {
        return kpi.count(YearMonth.parse(month), List.of(records), KpiParameters.none(), CALENDAR);
    }

    @Nested
    class SingleAssessments {

        @Test
        void day45IsInTimescaleAndDay46IsNotAcrossEasterAndTheMayBankHolidays() {
            // Referral Thu 1 April 2021 is day 1; with Good Friday, Easter Monday, 3 May and 31 May off,
            // Tue 8 June is day 45 and Wed 9 June day 46.
            assertThat(count(new SingleAssessmentsInTimescale(), "2021-06",
                    assessment("2021-04-01", "2021-06-08", "Assessment 1"),
                    assessment("2021-04-01", "2021-06-09", "Assessment 2"),
                    assessment("2021-04-01", "2021-05-28", "Assessment 2"),
                    assessment("2021-04-01", null, "Assessment 2")))
                    .containsEntry(Breakdown.COUNCIL, new Tally(1, 2))
                    .containsEntry(Breakdown.team("Assessment 1"), new Tally(1, 1))
                    .containsEntry(Breakdown.team("Assessment 2"), new Tally(0, 1));
        }
    }

    @Nested
    class InitialConferences {

        @Test
        void day15IsInTimescaleAndDay16IsNotOverEaster() {
            // Strategy discussion Thu 1 April 2021 is day 1: Fri 23 April is day 15, Mon 26 April day 16.
            assertThat(count(new IcpcInTimescale(), "2021-04", s47("2021-04-01", "2021-04-23"),
                    s47("2021-04-01", "2021-04-26")))
                    .containsEntry(Breakdown.COUNCIL, new Tally(1, 2));
        }

        @Test
        void day15IsInTimescaleAndDay16IsNotOverChristmas() {
            // Mon 14 Dec 2020 is day 1; 25 Dec, Mon 28 Dec (Boxing Day substitute) and 1 Jan are off:
            // Wed 6 Jan 2021 is day 15, Thu 7 Jan day 16.
            assertThat(count(new IcpcInTimescale(), "2021-01", s47("2020-12-14", "2021-01-06"),
                    s47("2020-12-14", "2021-01-07")))
                    .containsEntry(Breakdown.COUNCIL, new Tally(1, 2));
        }

        @Test
        void anEnquiryWithNoConferenceNeededIsNotCounted() {
            PracticeRecord notRequired = new PracticeRecord(RecordKind.S47_ENQUIRY, "S1", "E06000015", "C9", null,
                    null, null, null, null, null, null, java.time.LocalDate.parse("2021-04-01"),
                    java.time.LocalDate.parse("2021-04-20"), true, null, null, List.of(), null, null, null, null);
            assertThat(count(new IcpcInTimescale(), "2021-04", notRequired)).containsEntry(Breakdown.COUNCIL, Tally.EMPTY);
        }
    }

    @Nested
    class ChildProtectionVisits {

        @Test
        void theLastVisitMustBeWithinTenWorkingDaysOfMonthEnd() {
            // Fri 30 April 2021: Fri 16 April is 10 working days before it, Thu 15 April is 11.
            assertThat(count(new CpVisitsInTimescale(), "2021-04",
                    cpPlan("A", "2021-01-04", null, 0), event(RecordKind.CP_VISIT, "A", "2021-04-16"),
                    cpPlan("B", "2021-01-04", null, 0), event(RecordKind.CP_VISIT, "B", "2021-04-15"),
                    // Plan began two days ago: not yet due a visit.
                    cpPlan("C", "2021-04-28", null, 0),
                    // Plan ended on the last day: not on a plan at month end.
                    cpPlan("D", "2021-01-04", "2021-04-30", 0)))
                    .containsEntry(Breakdown.COUNCIL, new Tally(2, 3))
                    .containsEntry(Breakdown.team("CP team"), new Tally(2, 3));
        }
    }

    @Nested
    class ChildProtectionReviews {

        @Test
        void firstWithinThreeMonthsThenSixMonthsFromTheReviewBefore() {
            PracticeRecord plan = cpPlan("A", "2021-01-10", null, 0);
            PracticeRecord first = event(RecordKind.CP_REVIEW, "A", "2021-04-09");
            PracticeRecord late = event(RecordKind.CP_REVIEW, "A", "2021-10-20");
            CpReviewsInTimescale kpi = new CpReviewsInTimescale();
            assertThat(count(kpi, "2021-04", plan, first, late)).containsEntry(Breakdown.COUNCIL, new Tally(1, 1));
            // Second due 9 October, held on the 20th: late.
            assertThat(count(kpi, "2021-10", plan, first, late)).containsEntry(Breakdown.COUNCIL, new Tally(0, 1));
            // Third due six months after the late review: 20 April 2022, nothing due in between.
            assertThat(count(kpi, "2022-03", plan, first, late)).containsEntry(Breakdown.COUNCIL, Tally.EMPTY);
            assertThat(count(kpi, "2022-04", plan, first, late)).containsEntry(Breakdown.COUNCIL, new Tally(0, 1));
        }

        @Test
        void noReviewIsDueAfterThePlanEnds() {
            assertThat(count(new CpReviewsInTimescale(), "2021-04", cpPlan("A", "2021-01-10", "2021-03-01", 0)))
                    .containsEntry(Breakdown.COUNCIL, Tally.EMPTY);
        }
    }

    @Nested
    class ChildrenInNeedReviews {

        @Test
        void everyThreeMonths() {
            PracticeRecord plan = episode(RecordKind.CIN_PLAN, "A", "2021-01-15", null, "CIN team");
            PracticeRecord review = event(RecordKind.CIN_REVIEW, "A", "2021-04-15");
            CinReviewsInTimescale kpi = new CinReviewsInTimescale();
            assertThat(count(kpi, "2021-04", plan, review)).containsEntry(Breakdown.team("CIN team"), new Tally(1, 1));
            // Next due 15 July, none held.
            assertThat(count(kpi, "2021-07", plan, review)).containsEntry(Breakdown.COUNCIL, new Tally(0, 1));
        }
    }

    @Nested
    class ChildrenInCareReviews {

        @Test
        void regulation33FirstWithinTwentyWorkingDaysThenThreeThenSixMonths() {
            // Looked after from Thu 1 April 2021: the 20th working day after is Tue 4 May (Easter, 3 May off).
            PracticeRecord episode = careEpisode("A", "2021-04-01", null);
            CicReviewsInTimescale kpi = new CicReviewsInTimescale();
            assertThat(count(kpi, "2021-05", episode, event(RecordKind.CLA_REVIEW, "A", "2021-05-04")))
                    .containsEntry(Breakdown.COUNCIL, new Tally(1, 1));
            assertThat(count(kpi, "2021-05", episode, event(RecordKind.CLA_REVIEW, "A", "2021-05-05")))
                    .containsEntry(Breakdown.COUNCIL, new Tally(0, 1));
            // Second due three months after the first (4 August), third six months after the second.
            PracticeRecord[] reviews = {episode, event(RecordKind.CLA_REVIEW, "A", "2021-05-04"),
                    event(RecordKind.CLA_REVIEW, "A", "2021-08-02")};
            assertThat(count(kpi, "2021-08", reviews)).containsEntry(Breakdown.COUNCIL, new Tally(1, 1));
            assertThat(count(kpi, "2022-01", reviews)).containsEntry(Breakdown.COUNCIL, Tally.EMPTY);
            assertThat(count(kpi, "2022-02", reviews)).containsEntry(Breakdown.COUNCIL, new Tally(0, 1));
        }
    }

    @Nested
    class ChildrenInCareVisits {

        @Test
        void withinAWeekOfAPlacementThenEverySixWeeks() {
            assertThat(count(new CicVisitsInTimescale(), "2021-03",
                    // Placed 25 March, not yet visited: 6 days at month end, in time.
                    careEpisode("A", "2021-03-25", null),
                    // Placed 20 March, not visited: 11 days, late.
                    careEpisode("B", "2020-01-01", "2021-03-20"),
                    // Visited 17 February: 42 days before 31 March, in time.
                    careEpisode("C", "2020-01-01", null), event(RecordKind.CLA_VISIT, "C", "2021-02-17"),
                    // Visited 16 February: 43 days, late.
                    careEpisode("D", "2020-01-01", null), event(RecordKind.CLA_VISIT, "D", "2021-02-16")))
                    .containsEntry(Breakdown.COUNCIL, new Tally(2, 4));
        }
    }

    @Nested
    class PlansLastingTwoYears {

        @Test
        void twoYearsToTheDayCounts() {
            assertThat(count(new CpPlansEndedTwoYearsPlus(), "2021-03",
                    cpPlan("A", "2019-03-01", "2021-03-01", 0),
                    cpPlan("B", "2019-03-02", "2021-03-01", 0),
                    cpPlan("C", "2019-02-28", "2021-03-31", 0),
                    cpPlan("D", "2019-01-01", null, 0)))
                    .containsEntry(Breakdown.COUNCIL, new Tally(2, 3));
        }

        @Test
        void aLeapDayStartEndsTwoYearsLaterOnTheTwentyEighth() {
            // 29 Feb 2020 plus two years is 28 Feb 2022.
            assertThat(count(new CpPlansEndedTwoYearsPlus(), "2022-02", cpPlan("A", "2020-02-29", "2022-02-28", 0),
                    cpPlan("B", "2020-02-29", "2022-02-27", 0)))
                    .containsEntry(Breakdown.COUNCIL, new Tally(1, 2));
        }
    }

    @Nested
    class SecondOrSubsequentPlans {

        @Test
        void anEarlierPlanHereOrACountFromTheSenderMakesItSecond() {
            assertThat(count(new CpPlansSecondOrSubsequent(), "2021-06",
                    cpPlan("A", "2019-01-01", "2019-12-01", 0), cpPlan("A", "2021-06-10", null, 0),
                    cpPlan("B", "2021-06-11", null, 2),
                    cpPlan("C", "2021-06-12", null, 0),
                    cpPlan("D", "2021-05-31", null, 1)))
                    .containsEntry(Breakdown.COUNCIL, new Tally(2, 3));
        }
    }

    @Nested
    class Caseloads {

        private final PracticeRecord[] records = {
                allocation("A", "W1", "Team 1", "2021-01-01", null),
                allocation("B", "W1", "Team 1", "2021-01-01", null),
                allocation("C", "W2", "Team 1", "2021-01-01", null),
                allocation("D", "W3", "Team 2", "2021-01-01", null),
                allocation("E", "W3", "Team 2", "2021-01-01", "2021-12-31"),
                // Open on a CP plan without an allocation: an open case, not in a caseload.
                cpPlan("F", "2021-06-01", null, 0)};

        @Test
        void openCasesCountEachChildOnce() {
            assertThat(count(new OpenCases(), "2021-12", records))
                    .containsEntry(Breakdown.COUNCIL, Tally.count(5))
                    .containsEntry(Breakdown.team("Team 1"), Tally.count(3))
                    .containsEntry(Breakdown.team("Team 2"), Tally.count(1));
        }

        @Test
        void caseloadIsAllocatedChildrenPerWorker() {
            assertThat(count(new CaseloadPerWorker(), "2021-12", records))
                    .containsEntry(Breakdown.COUNCIL, new Tally(4, 3))
                    .containsEntry(Breakdown.team("Team 1"), new Tally(3, 2))
                    .containsEntry(Breakdown.team("Team 2"), new Tally(1, 1));
            assertThat(count(new CaseloadPerWorker(), "2021-11", records))
                    .containsEntry(Breakdown.team("Team 2"), new Tally(2, 1));
        }
    }

    @Nested
    class ChildrenOnTheLastDay {

        private final PracticeRecord[] records = {
                Records.cpPlan("P1", "2021-06-01", null, 0),
                Records.cpPlan("P2", "2021-06-01", "2022-01-05", 0),
                Records.cpPlan("P3", "2021-06-01", "2021-12-15", 0),
                Records.episode(RecordKind.CLA_EPISODE, "L1", "2021-03-01", null, null),
                Records.episode(RecordKind.CLA_EPISODE, "P1", "2021-11-01", null, null),
                Records.episode(RecordKind.CIN_PLAN, "N1", "2021-02-01", null, null),
                Records.episode(RecordKind.CIN_PLAN, "N2", "2022-01-03", null, null)};

        @Test
        void childrenOnAPlanOrInCareAreThoseOpenOnTheLastDay() {
            // P2's plan ends in January, so it is open on 31 December; P3's ended before it.
            assertThat(count(new ChildrenOnCpPlans(), "2021-12", records)).containsEntry(Breakdown.COUNCIL, Tally.count(2));
            assertThat(count(new ChildrenInCare(), "2021-12", records)).containsEntry(Breakdown.COUNCIL, Tally.count(2));
            assertThat(count(new ChildrenInCare(), "2021-10", records)).containsEntry(Breakdown.COUNCIL, Tally.count(1));
        }

        @Test
        void childrenInNeedCountThoseOnAPlanOrInCareOnce() {
            // P1 (plan and care), P2, L1, N1; not P3 (ended), not N2 (starts in January)
            assertThat(count(new ChildrenInNeed(), "2021-12", records)).containsEntry(Breakdown.COUNCIL, Tally.count(4));
        }
    }
}
