package uk.gov.safeguarding.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

class ContactDecisionTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    private static Instant london(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ContactDecision.LONDON).toInstant();
    }

    private Contact receivedAt(Instant at) {
        return Contact.received(UUID.randomUUID(), "E06000015", at, ContactSource.S2A, Channel.PHONE,
                List.of(new ContactChild("C1", Sex.F, null, false)), calendar, "intake", at);
    }

    @Test
    void aManagerWhoScreenedCannotAuthorise() {
        Contact contact = receivedAt(london(2021, 3, 1, 9));
        contact.screen("sam", ContactOutcome.EARLY_HELP, 2, "early help", london(2021, 3, 1, 10));
        assertThatThrownBy(() -> contact.authorise("sam", null, london(2021, 3, 1, 11), calendar))
                .isInstanceOf(ContactTransitionRefused.class)
                .extracting(e -> ((ContactTransitionRefused) e).reason())
                .isEqualTo(ContactTransitionRefused.Reason.RULE);
        assertThat(contact.status).isEqualTo(ContactStatus.AWAITING_AUTHORISATION);
    }

    @Test
    void cannotAuthoriseBeforeScreening() {
        Contact contact = receivedAt(london(2021, 3, 1, 9));
        assertThatThrownBy(() -> contact.authorise("mo", null, london(2021, 3, 1, 11), calendar))
                .isInstanceOf(ContactTransitionRefused.class)
                .extracting(e -> ((ContactTransitionRefused) e).reason())
                .isEqualTo(ContactTransitionRefused.Reason.WRONG_STATE);
    }

    @Test
    void cannotScreenTwiceWithoutAReturn() {
        Contact contact = receivedAt(london(2021, 3, 1, 9));
        contact.screen("sam", ContactOutcome.NFA, 1, "no concerns", london(2021, 3, 1, 10));
        assertThatThrownBy(() -> contact.screen("sam", ContactOutcome.NFA, 1, "again", london(2021, 3, 1, 10)))
                .isInstanceOf(ContactTransitionRefused.class);
        contact.returnForRescreening("mo", "speak to school");
        assertThat(contact.status).isEqualTo(ContactStatus.AWAITING_SCREENING);
        assertThat(contact.returnCount).isEqualTo(1);
        contact.screen("sam", ContactOutcome.EARLY_HELP, 2, "after school call", london(2021, 3, 1, 12));
        contact.authorise("mo", null, london(2021, 3, 1, 13), calendar);
        assertThat(contact.outcome).isEqualTo(ContactOutcome.EARLY_HELP);
    }

    @Test
    void managerMayAuthoriseADifferentOutcome() {
        Contact contact = receivedAt(london(2021, 3, 1, 9));
        contact.screen("sam", ContactOutcome.EARLY_HELP, 2, "early help", london(2021, 3, 1, 10));
        contact.authorise("mo", ContactOutcome.STRATEGY_DISCUSSION, london(2021, 3, 1, 11), calendar);
        assertThat(contact.outcome).isEqualTo(ContactOutcome.STRATEGY_DISCUSSION);
        assertThat(contact.outcome.progressesToIntervention()).isTrue();
    }

    @Test
    void fridayContactDecidedMondayIsInTimescaleButTuesdayIsNot() {
        Contact monday = receivedAt(london(2021, 3, 5, 16));
        monday.screen("sam", ContactOutcome.NFA, 1, "x", london(2021, 3, 5, 17));
        monday.authorise("mo", null, london(2021, 3, 8, 17), calendar);
        assertThat(monday.decisionWorkingDays).isEqualTo(1);
        assertThat(monday.decisionInTimescale).isTrue();

        Contact tuesday = receivedAt(london(2021, 3, 5, 16));
        tuesday.screen("sam", ContactOutcome.NFA, 1, "x", london(2021, 3, 5, 17));
        tuesday.authorise("mo", null, london(2021, 3, 9, 9), calendar);
        assertThat(tuesday.decisionWorkingDays).isEqualTo(2);
        assertThat(tuesday.decisionInTimescale).isFalse();
    }

    @Test
    void contactOnMaundyThursdayIsDueByTheEndOfTuesdayAfterEaster() {
        Contact contact = receivedAt(london(2021, 4, 1, 15));
        assertThat(contact.decisionDueAt).isEqualTo(london(2021, 4, 7, 0));
        assertThat(contact.isOverdue(london(2021, 4, 6, 23))).isFalse();
        assertThat(contact.isOverdue(london(2021, 4, 7, 0))).isTrue();
    }

    @Test
    void weekendContactStartsItsClockOnMonday() {
        Contact contact = receivedAt(london(2021, 3, 6, 11));
        contact.screen("sam", ContactOutcome.NFA, 1, "x", london(2021, 3, 8, 9));
        contact.authorise("mo", null, london(2021, 3, 9, 16), calendar);
        assertThat(contact.decisionWorkingDays).isEqualTo(1);
        assertThat(contact.decisionInTimescale).isTrue();
    }

    @Test
    void lateEveningInBritishSummerTimeCountsOnTheLondonDate() {
        // 23:30 London on Monday 7 June 2021 is 22:30 UTC the same day; 00:30 London Tuesday is Monday in UTC
        Contact contact = receivedAt(london(2021, 6, 7, 23));
        contact.screen("sam", ContactOutcome.NFA, 1, "x", london(2021, 6, 7, 23));
        contact.authorise("mo", null, ZonedDateTime.of(2021, 6, 8, 0, 30, 0, 0, ContactDecision.LONDON).toInstant(),
                calendar);
        assertThat(contact.decisionWorkingDays).isEqualTo(1);
    }

    @Test
    void referrerFeedbackOnlyOnceAndAfterTheDecision() {
        Contact contact = receivedAt(london(2021, 3, 1, 9));
        assertThatThrownBy(() -> contact.referrerInformed("sam", FeedbackMethod.EMAIL, london(2021, 3, 1, 10), calendar))
                .isInstanceOf(ContactTransitionRefused.class);
        contact.screen("sam", ContactOutcome.NFA, 1, "x", london(2021, 3, 1, 10));
        contact.authorise("mo", null, london(2021, 3, 1, 11), calendar);
        assertThatThrownBy(() -> contact.referrerInformed("sam", FeedbackMethod.EMAIL, london(2021, 3, 1, 10), calendar))
                .isInstanceOf(ContactTransitionRefused.class)
                .extracting(e -> ((ContactTransitionRefused) e).reason())
                .isEqualTo(ContactTransitionRefused.Reason.RULE);
        contact.referrerInformed("sam", FeedbackMethod.EMAIL, london(2021, 3, 3, 10), calendar);
        assertThat(contact.feedbackWorkingDays).isEqualTo(2);
        assertThatThrownBy(() -> contact.referrerInformed("sam", FeedbackMethod.PHONE, london(2021, 3, 4, 10), calendar))
                .isInstanceOf(ContactTransitionRefused.class);
    }

    @Test
    void contactCarriesTheHighestEarlierContactCountOfItsChildren() {
        ContactChild first = new ContactChild("C1", Sex.F, null, false);
        first.earlierContacts = 1;
        ContactChild second = new ContactChild("C2", Sex.M, null, false);
        second.earlierContacts = 3;
        Contact contact = Contact.received(UUID.randomUUID(), "831", london(2021, 3, 1, 9), ContactSource.S1A,
                Channel.PHONE, List.of(first, second), calendar, "intake", Instant.now());
        assertThat(contact.earlierContacts).isEqualTo(3);
    }
}
