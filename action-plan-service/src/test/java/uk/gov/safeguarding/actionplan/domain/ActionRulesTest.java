package uk.gov.safeguarding.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/** Actions from not started to verified, their due dates, RAG and what a recommendation's progress is. */
class ActionRulesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate DUE = LocalDate.of(2022, 3, 31);

    @Test
    void completionNeedsEvidenceAndVerificationSomeoneOtherThanTheOwner() {
        Action action = Action.create("owner-1", DUE).moveTo(ActionStatus.IN_PROGRESS, null, "owner-1");
        assertThatThrownBy(() -> action.moveTo(ActionStatus.COMPLETE, null, "owner-1"))
                .isInstanceOf(ActionPlanRefused.class).hasMessageContaining("evidence");
        Action complete = action.withEvidence().moveTo(ActionStatus.COMPLETE, null, "owner-1");
        assertThatThrownBy(() -> complete.moveTo(ActionStatus.VERIFIED, null, "owner-1"))
                .isInstanceOf(ActionPlanRefused.class).hasMessageContaining("other than its owner");
        assertThat(complete.moveTo(ActionStatus.VERIFIED, null, "board-chair").status()).isEqualTo(ActionStatus.VERIFIED);
        // found wanting: sent back, with a reason, by whoever verifies
        assertThatThrownBy(() -> complete.moveTo(ActionStatus.IN_PROGRESS, "not yet", "owner-1"))
                .isInstanceOf(ActionPlanRefused.class);
        assertThatThrownBy(() -> complete.moveTo(ActionStatus.IN_PROGRESS, " ", "board-chair"))
                .isInstanceOf(ActionPlanRefused.class).extracting("field").isEqualTo("reason");
        assertThat(complete.moveTo(ActionStatus.IN_PROGRESS, "Audit shows no change yet", "board-chair").status())
                .isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void blockedAndCancelledSayWhyAndVerifiedAndCancelledAreFinal() {
        Action action = Action.create("owner-1", DUE);
        assertThatThrownBy(() -> action.moveTo(ActionStatus.BLOCKED, null, "owner-1"))
                .isInstanceOf(ActionPlanRefused.class).extracting("field").isEqualTo("reason");
        Action cancelled = action.moveTo(ActionStatus.CANCELLED, "Superseded by the new plan", "manager-1");
        assertThatThrownBy(() -> cancelled.moveTo(ActionStatus.IN_PROGRESS, null, "owner-1"))
                .isInstanceOf(ActionPlanRefused.class).matches(e -> ((ActionPlanRefused) e).conflict());
        assertThatThrownBy(() -> action.moveTo(ActionStatus.VERIFIED, null, "board-chair"))
                .isInstanceOf(ActionPlanRefused.class);
    }

    @Test
    void aDueDateMovesOnlyWithAReasonAndASecondPersonsApprovalAndTheFirstStaysOnRecord() {
        Action action = Action.create("owner-1", DUE);
        assertThatThrownBy(() -> action.requestRevision(DUE.plusMonths(2), "", "owner-1"))
                .isInstanceOf(ActionPlanRefused.class).extracting("field").isEqualTo("reason");
        DueDateRevision asked = action.requestRevision(DUE.plusMonths(2), "Recruitment delayed", "owner-1");
        assertThatThrownBy(() -> action.approveRevision(asked, "owner-1"))
                .isInstanceOf(ActionPlanRefused.class).hasMessageContaining("second person");
        Action revised = action.approveRevision(asked, "head-of-service");
        assertThat(revised.dueDate()).isEqualTo(DUE.plusMonths(2));
        assertThat(revised.originalDueDate()).isEqualTo(DUE);
        assertThat(revised.revisions()).isEqualTo(1);
        // the same request cannot be applied twice
        assertThatThrownBy(() -> revised.approveRevision(asked, "head-of-service")).isInstanceOf(ActionPlanRefused.class);
        DueDateRevision byManager = revised.requestRevision(DUE.plusMonths(3), "Funding", "manager-1");
        assertThatThrownBy(() -> revised.approveRevision(byManager, "manager-1")).isInstanceOf(ActionPlanRefused.class);
        assertThat(revised.approveRevision(byManager, "director").revisions()).isEqualTo(2);
        assertThat(byManager.decided("director", false, "owner-1").approved()).isFalse();
    }

    @Test
    void ragIsRedWhenOverdueAmberWhenDueSoonAndNotStartedBlueWhenDone() {
        RagRules rules = new RagRules(10, true);
        LocalDate today = LocalDate.of(2022, 3, 17);
        assertThat(rules.of(ActionStatus.IN_PROGRESS, LocalDate.of(2022, 3, 16), today, CALENDAR)).isEqualTo(Rag.RED);
        // due in 10 working days, not started: amber; started: green
        assertThat(rules.of(ActionStatus.NOT_STARTED, LocalDate.of(2022, 3, 31), today, CALENDAR)).isEqualTo(Rag.AMBER);
        assertThat(rules.of(ActionStatus.IN_PROGRESS, LocalDate.of(2022, 3, 31), today, CALENDAR)).isEqualTo(Rag.GREEN);
        assertThat(rules.of(ActionStatus.NOT_STARTED, LocalDate.of(2022, 4, 1), today, CALENDAR)).isEqualTo(Rag.GREEN);
        assertThat(rules.of(ActionStatus.BLOCKED, LocalDate.of(2022, 6, 1), today, CALENDAR)).isEqualTo(Rag.AMBER);
        assertThat(new RagRules(10, false).of(ActionStatus.BLOCKED, LocalDate.of(2022, 6, 1), today, CALENDAR))
                .isEqualTo(Rag.GREEN);
        assertThat(rules.of(ActionStatus.COMPLETE, LocalDate.of(2022, 1, 1), today, CALENDAR)).isEqualTo(Rag.BLUE);
        assertThat(rules.of(ActionStatus.CANCELLED, LocalDate.of(2022, 1, 1), today, CALENDAR)).isNull();
    }

    @Test
    void aRecommendationsProgressIsItsActions() {
        Recommendation.Response accepted = Recommendation.Response.ACCEPTED;
        assertThat(Recommendation.progress(accepted, List.of())).isEqualTo(Recommendation.Progress.NOT_IMPLEMENTED);
        assertThat(Recommendation.progress(accepted, List.of(ActionStatus.NOT_STARTED, ActionStatus.CANCELLED)))
                .isEqualTo(Recommendation.Progress.NOT_IMPLEMENTED);
        assertThat(Recommendation.progress(accepted, List.of(ActionStatus.VERIFIED, ActionStatus.BLOCKED)))
                .isEqualTo(Recommendation.Progress.WORK_IN_PROGRESS);
        assertThat(Recommendation.progress(accepted, List.of(ActionStatus.VERIFIED, ActionStatus.CANCELLED)))
                .isEqualTo(Recommendation.Progress.IMPLEMENTED);
        assertThat(Recommendation.progress(accepted, List.of(ActionStatus.COMPLETE)))
                .as("complete is not implemented until verified").isEqualTo(Recommendation.Progress.WORK_IN_PROGRESS);
        assertThat(Recommendation.progress(accepted, List.of(ActionStatus.CANCELLED)))
                .isEqualTo(Recommendation.Progress.SUPERSEDED);
        assertThat(Recommendation.progress(Recommendation.Response.NOT_ACCEPTED, List.of(ActionStatus.IN_PROGRESS)))
                .isEqualTo(Recommendation.Progress.NOT_ACCEPTED);
        assertThatThrownBy(() -> Recommendation.checkResponse(Recommendation.Response.PARTLY_ACCEPTED, null))
                .isInstanceOf(ActionPlanRefused.class).extracting("field").isEqualTo("responseReason");
    }
}
