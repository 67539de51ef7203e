package uk.gov.safeguarding.actionplan.domain;

import java.util.Collection;

/**
 * A recommendation's standing, derived from its actions, in the words of the Treasury Minutes progress reports:
 * implemented (every action still wanted is verified), work in progress (any started), not implemented (none
 * started, or none yet), superseded (every action cancelled). Not accepted is its own answer: nothing is due.
 */
public final class Recommendation {

    public enum Response { ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED }

    public enum Progress { IMPLEMENTED, WORK_IN_PROGRESS, NOT_IMPLEMENTED, SUPERSEDED, NOT_ACCEPTED }

    private Recommendation() {
    }

    /** @throws ActionPlanRefused when a response other than accepted gives no reason */
    public static void checkResponse(Response response, String reason) {
        if ((response == Response.PARTLY_ACCEPTED || response == Response.NOT_ACCEPTED)
                && (reason == null || reason.isBlank())) {
            throw new ActionPlanRefused("responseReason", "a recommendation " + (response == Response.NOT_ACCEPTED
                    ? "not accepted" : "partly accepted") + " says why");
        }
    }

    public static Progress progress(Response response, Collection<ActionStatus> actions) {
        if (response == Response.NOT_ACCEPTED) {
            return Progress.NOT_ACCEPTED;
        }
        if (actions.isEmpty()) {
            return Progress.NOT_IMPLEMENTED;
        }
        if (actions.stream().allMatch(s -> s == ActionStatus.CANCELLED)) {
            return Progress.SUPERSEDED;
        }
        if (actions.stream().filter(s -> s != ActionStatus.CANCELLED).allMatch(s -> s == ActionStatus.VERIFIED)) {
            return Progress.IMPLEMENTED;
        }
        if (actions.stream().anyMatch(ActionStatus::isStarted)) {
            return Progress.WORK_IN_PROGRESS;
        }
        return Progress.NOT_IMPLEMENTED;
    }
}
