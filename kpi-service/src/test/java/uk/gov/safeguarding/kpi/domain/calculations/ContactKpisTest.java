package uk.gov.safeguarding.kpi.domain.calculations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.kpi.domain.calculations.ContactFacts.decided;
import static uk.gov.safeguarding.kpi.domain.calculations.ContactFacts.received;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.kpi.domain.Breakdown;
import uk.gov.safeguarding.kpi.domain.KpiParameters;
import uk.gov.safeguarding.kpi.domain.Tally;
import uk.gov.safeguarding.kpi.domain.facts.ContactFact;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

class ContactKpisTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final YearMonth MARCH_2021 = YearMonth.of(2021, 3);

    @Test
    void contactsReceivedCountsChildrenByLondonMonthAndSource() {
        List<ContactFact> facts = List.of(
                received("2021-03-01T09:00", "1A", 2, 0),
                received("2021-03-31T23:30", "2A", 1, 0),
                // 00:30 on 1 April in London is still 31 March in UTC: it belongs to April.
                received("2021-04-01T00:30", "2A", 1, 0),
                received("2021-02-28T23:59", "6", 3, 0));
        Map<Breakdown, Tally> tallies = new ContactsReceived().count(MARCH_2021, facts, KpiParameters.none(), CALENDAR);
        assertThat(tallies).containsEntry(Breakdown.COUNCIL, Tally.count(3))
                .containsEntry(Breakdown.source("1A"), Tally.count(2))
                .containsEntry(Breakdown.source("2A"), Tally.count(1))
                .doesNotContainKey(Breakdown.source("6"));
    }

    @Test
    void aMonthWithNoContactsIsZeroNotMissing() {
        assertThat(new ContactsReceived().count(MARCH_2021, List.of(), KpiParameters.none(), CALENDAR))
                .containsEntry(Breakdown.COUNCIL, Tally.count(0));
    }

    @Test
    void decisionTimescaleIsOneWorkingDayAfterReceiptAcrossWeekendsAndBankHolidays() {
        List<ContactFact> facts = List.of(
                decided("2021-03-01T09:00", "2021-03-01T17:00", "NFA", false, null),      // same day
                decided("2021-03-05T16:00", "2021-03-08T10:00", "NFA", false, null),      // Fri to Mon: 1
                decided("2021-03-05T16:00", "2021-03-09T10:00", "NFA", false, null),      // Fri to Tue: 2
                // Thu 1 April to Tue 6 April 2021: Good Friday and Easter Monday between, 1 working day.
                decided("2021-04-01T10:00", "2021-04-06T10:00", "NFA", false, null),
                decided("2021-03-31T10:00", "2021-04-06T10:00", "NFA", false, null));     // Wed to Tue: 2
        ContactDecisionsInTimescale kpi = new ContactDecisionsInTimescale();
        assertThat(kpi.count(MARCH_2021, facts, KpiParameters.none(), CALENDAR))
                .containsEntry(Breakdown.COUNCIL, new Tally(2, 3));
        assertThat(kpi.count(YearMonth.of(2021, 4), facts, KpiParameters.none(), CALENDAR))
                .containsEntry(Breakdown.COUNCIL, new Tally(1, 2));
        KpiParameters twoDays = KpiParameters.none().with(Map.of(ContactDecisionsInTimescale.WORKING_DAYS, 2));
        assertThat(kpi.count(MARCH_2021, facts, twoDays, CALENDAR)).containsEntry(Breakdown.COUNCIL, new Tally(3, 3));
    }

    @Test
    void progressedIsCinReferralOrStrategyDiscussionOverDecidedBySource() {
        List<ContactFact> facts = List.of(
                decided("2021-03-01T09:00", "2021-03-01T17:00", "CIN_REFERRAL", true, null),
                decided("2021-03-01T09:00", "2021-03-02T17:00", "STRATEGY_DISCUSSION", true, null),
                decided("2021-03-01T09:00", "2021-03-02T17:00", "EARLY_HELP", false, null),
                decided("2021-03-01T09:00", "2021-03-02T17:00", "NFA", false, null),
                // Received in March, decided in April: counts in April.
                decided("2021-03-31T09:00", "2021-04-01T17:00", "CIN_REFERRAL", true, null),
                received("2021-03-10T09:00", "1A", 1, 0));
        Map<Breakdown, Tally> tallies = new ContactsProgressed().count(MARCH_2021, facts, KpiParameters.none(), CALENDAR);
        assertThat(tallies).containsEntry(Breakdown.COUNCIL, new Tally(2, 4))
                .containsEntry(Breakdown.source("2A"), new Tally(2, 4));
    }

    @Test
    void referrerInformedWithinFiveWorkingDaysOfTheDecision() {
        List<ContactFact> facts = List.of(
                decided("2021-03-01T09:00", "2021-03-01T17:00", "NFA", false, "2021-03-08T09:00"),   // 5
                decided("2021-03-01T09:00", "2021-03-01T17:00", "NFA", false, "2021-03-09T09:00"),   // 6
                decided("2021-03-01T09:00", "2021-03-01T17:00", "NFA", false, null));                // not told
        assertThat(new ReferrerInformedInTimescale().count(MARCH_2021, facts, KpiParameters.none(), CALENDAR))
                .containsEntry(Breakdown.COUNCIL, new Tally(1, 3));
    }

    @Test
    void repeatContactsCountChildrenWithAnEarlierContact() {
        List<ContactFact> facts = List.of(
                received("2021-03-01T09:00", "1A", 3, 2),
                received("2021-03-02T09:00", "2A", 1, 0),
                received("2021-04-02T09:00", "2A", 1, 1));
        assertThat(new RepeatContacts().count(MARCH_2021, facts, KpiParameters.none(), CALENDAR))
                .containsEntry(Breakdown.COUNCIL, new Tally(2, 4));
    }
}
