package uk.gov.safeguarding.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/** Reminders are said once per due date: due soon, overdue, escalated to the board. */
class RemindersTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate DUE = LocalDate.of(2022, 3, 31);
    private static final Reminders.Said NOTHING = new Reminders.Said(null, null, null);

    @Test
    void dueSoonOnceThenOverdueOnceThenEscalatedOnceAfterTenWorkingDays() {
        Reminders reminders = Reminders.DEFAULT;
        // 24 March 2022 is five working days before the 31st
        assertThat(reminders.due(ActionStatus.IN_PROGRESS, DUE, NOTHING, true, LocalDate.of(2022, 3, 23), CALENDAR)).isEmpty();
        assertThat(reminders.due(ActionStatus.IN_PROGRESS, DUE, NOTHING, true, LocalDate.of(2022, 3, 24), CALENDAR))
                .containsExactly(Reminders.Kind.DUE_SOON);
        Reminders.Said soon = new Reminders.Said(DUE, null, null);
        assertThat(reminders.due(ActionStatus.IN_PROGRESS, DUE, soon, true, DUE, CALENDAR)).isEmpty();
        assertThat(reminders.due(ActionStatus.IN_PROGRESS, DUE, soon, true, LocalDate.of(2022, 4, 1), CALENDAR))
                .containsExactly(Reminders.Kind.OVERDUE);
        Reminders.Said overdue = new Reminders.Said(DUE, DUE, null);
        // ten working days after the 31st is Thursday 14 April, the day before Good Friday
        assertThat(reminders.due(ActionStatus.IN_PROGRESS, DUE, overdue, true, LocalDate.of(2022, 4, 13), CALENDAR)).isEmpty();
        assertThat(reminders.due(ActionStatus.IN_PROGRESS, DUE, overdue, true, LocalDate.of(2022, 4, 14), CALENDAR))
                .containsExactly(Reminders.Kind.ESCALATED);
        assertThat(reminders.due(ActionStatus.IN_PROGRESS, DUE, overdue, false, LocalDate.of(2022, 4, 19), CALENDAR))
                .as("no board approved it: nobody to escalate to").isEmpty();
        assertThat(reminders.due(ActionStatus.IN_PROGRESS, DUE, new Reminders.Said(DUE, DUE, DUE), true,
                LocalDate.of(2022, 6, 1), CALENDAR)).isEmpty();
    }

    @Test
    void aRevisedDateStartsAfreshAndAClosedActionIsNeverChased() {
        LocalDate revised = LocalDate.of(2022, 6, 30);
        Reminders.Said saidOfTheOldDate = new Reminders.Said(DUE, DUE, DUE);
        assertThat(Reminders.DEFAULT.due(ActionStatus.IN_PROGRESS, revised, saidOfTheOldDate, true,
                LocalDate.of(2022, 7, 1), CALENDAR)).containsExactly(Reminders.Kind.OVERDUE);
        assertThat(Reminders.DEFAULT.due(ActionStatus.COMPLETE, DUE, NOTHING, true, LocalDate.of(2022, 6, 1), CALENDAR))
                .isEmpty();
        assertThat(Reminders.DEFAULT.due(ActionStatus.NOT_STARTED, DUE, NOTHING, true, LocalDate.of(2022, 4, 1), CALENDAR))
                .as("first seen already overdue: overdue only").containsExactly(Reminders.Kind.OVERDUE);
        assertThatThrownBy(() -> new Reminders(5, 0)).isInstanceOf(ActionPlanRefused.class);
    }
}
