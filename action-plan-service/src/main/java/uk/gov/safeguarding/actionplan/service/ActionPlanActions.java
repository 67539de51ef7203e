package uk.gov.safeguarding.actionplan.service;

import java.util.List;

/**
 * The activity log actions of action-plan-service, named once: operations declare them, the log records them,
 * and the coverage test checks every state change has one of them.
 */
public final class ActionPlanActions {

    public static final String SOURCE_CREATE = "source.create";
    public static final String RECOMMENDATION_CREATE = "recommendation.create";
    public static final String RECOMMENDATION_RESPOND = "recommendation.respond";
    public static final String ACTION_CREATE = "action.create";
    public static final String ACTION_MOVE = "action.move";
    public static final String ACTION_UPDATE = "action.update";
    public static final String ACTION_REVISE = "action.revise-due-date";
    public static final String ACTION_DECIDE_REVISION = "action.decide-due-date";
    /** A recommendations table imported under a source: its entry, and one for each record it made or changed. */
    public static final String RECOMMENDATION_IMPORT = "recommendation.import";
    /** The reminder check run on demand by an administrator. */
    public static final String REMINDERS_CHECK = "reminders.check";
    /** A source and recommendation taken from audit-service's recommendation-raised, in the background. */
    public static final String AUDIT_INTAKE = "recommendation.from-audit";
    /** A KPI exception opened, or reviewed on withdrawal, from kpi-service's threshold breaches, in the background. */
    public static final String KPI_INTAKE = "recommendation.from-kpi";

    public static final List<String> ALL = List.of(SOURCE_CREATE, RECOMMENDATION_CREATE, RECOMMENDATION_RESPOND,
            ACTION_CREATE, ACTION_MOVE, ACTION_UPDATE, ACTION_REVISE, ACTION_DECIDE_REVISION, RECOMMENDATION_IMPORT,
            REMINDERS_CHECK);

    private ActionPlanActions() {
    }
}
