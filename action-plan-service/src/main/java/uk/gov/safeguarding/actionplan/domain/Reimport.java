package uk.gov.safeguarding.actionplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What importing a table again does to what the first import (or a person since) made: a recommendation or
 * action whose row says the same is left alone; one whose row says something new is updated and says so. Two
 * things a table is not allowed to do quietly: move a due date (that is a revision with a reason and a second
 * person's approval, and the original stays visible) and change an action already closed.
 */
public final class Reimport {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** What the import decided for a record, or why its row was refused (naming the column). */
    public record Verdict(Outcome outcome, RecommendationColumn column, String reason) {

        static Verdict of(Outcome outcome) {
            return new Verdict(outcome, null, null);
        }

        static Verdict refused(RecommendationColumn column, String reason) {
            return new Verdict(null, column, reason);
        }

        public boolean isRefused() {
            return reason != null;
        }
    }

    /** What a table says of a recommendation, as stored. */
    public record RecommendationTerms(List<String> references, String theme, String text, String addressedTo,
                                      Recommendation.Response response, String responseReason) {

        public static RecommendationTerms of(RecommendationTable.RecommendationPart part) {
            return new RecommendationTerms(part.references().asText(), part.theme(), part.text(), part.addressedTo(),
                    part.response(), part.responseReason());
        }
    }

    /** What a table says of an action, its due date aside, as stored. */
    public record ActionTerms(String what, String owner, String ownerRole, String ownerAgency, List<String> partners,
                              String board, LocalDate approvedOn, String impactKpi, String impactDirection,
                              BigDecimal impactTarget) {

        public static ActionTerms of(RecommendationTable.ActionPart part) {
            return new ActionTerms(part.what(), part.owner(), part.ownerRole(), part.ownerAgency(), part.partners(),
                    part.board(), part.approvedOn(), part.impactKpi(), part.impactDirection(), part.impactTarget());
        }

        boolean sameAs(ActionTerms other) {
            return what.equals(other.what) && Objects.equals(owner, other.owner)
                    && Objects.equals(ownerRole, other.ownerRole) && Objects.equals(ownerAgency, other.ownerAgency)
                    && partners.equals(other.partners) && Objects.equals(board, other.board)
                    && Objects.equals(approvedOn, other.approvedOn) && Objects.equals(impactKpi, other.impactKpi)
                    && Objects.equals(impactDirection, other.impactDirection)
                    && (impactTarget == null ? other.impactTarget == null
                    : other.impactTarget != null && impactTarget.compareTo(other.impactTarget) == 0);
        }
    }

    private Reimport() {
    }

    public static Verdict ofRecommendation(RecommendationTerms stored, RecommendationTerms again) {
        return Verdict.of(stored.equals(again) ? Outcome.UNCHANGED : Outcome.UPDATED);
    }

    /**
     * @param action where the stored action stands
     * @param due    the due date the row gives
     */
    public static Verdict ofAction(Action action, ActionTerms stored, ActionTerms again, LocalDate due) {
        // a table written before a revision was approved still has the first date: that is not a new date
        if (!due.equals(action.dueDate()) && !due.equals(action.originalDueDate())) {
            return Verdict.refused(RecommendationColumn.DUE_DATE, "is " + due + " but the action is due "
                    + action.dueDate() + ": a due date moves only by a revision with its reason and a second "
                    + "person's approval (POST /api/v1/actions/{id}/due-date-revisions), never by an import");
        }
        if (stored.sameAs(again)) {
            return Verdict.of(Outcome.UNCHANGED);
        }
        if (action.status().isClosed()) {
            return Verdict.refused(RecommendationColumn.ACTION, "differs from the action, which is "
                    + action.status().describe() + ": a closed action is not changed by an import");
        }
        return Verdict.of(Outcome.UPDATED);
    }
}
