package uk.gov.safeguarding.audit.rest;

import java.util.List;

/**
 * The activity log actions of audit-service, named once: operations declare them, the log records them,
 * and the coverage test checks every state change and child-level read has one of them.
 */
public final class AuditActions {

    public static final String LOG_READ = "activity-log.read";
    public static final String LOG_PROVE = "activity-log.prove";
    public static final String LOG_VERIFY = "activity-log.verify";
    public static final String CHECKPOINT_SIGN = "activity-log.checkpoint";
    public static final String SAMPLE_DRAW = "sample.draw";
    public static final String SAMPLE_EXTEND = "sample.extend";
    public static final String SAMPLE_VERIFY = "sample.verify";
    public static final String SAMPLE_READ = "sample.read";
    public static final String ESCALATION_RAISE = "escalation.raise";
    public static final String ESCALATION_ACKNOWLEDGE = "escalation.acknowledge";
    public static final String ESCALATION_READ = "escalation.read";
    public static final String TOOL_PUBLISH = "audit-tool.publish";
    public static final String AUDIT_PLAN = "audit.plan";
    public static final String AUDIT_MOVE = "audit.move";
    public static final String AUDIT_SAMPLE = "audit.sample";
    public static final String CASE_AUDIT_START = "case-audit.start";
    public static final String CASE_AUDIT_REVISE = "case-audit.revise";
    public static final String CASE_AUDIT_SUBMIT = "case-audit.submit";
    public static final String CASE_AUDIT_MODERATE = "case-audit.moderate";
    public static final String CASE_AUDIT_READ = "case-audit.read";
    public static final String FINDING_RECORD = "audit-finding.record";
    public static final String RECOMMENDATION_RAISE = "audit-recommendation.raise";

    public static final List<String> ALL = List.of(LOG_READ, LOG_PROVE, LOG_VERIFY, CHECKPOINT_SIGN, SAMPLE_DRAW,
            SAMPLE_EXTEND, SAMPLE_VERIFY, SAMPLE_READ, ESCALATION_RAISE, ESCALATION_ACKNOWLEDGE, ESCALATION_READ, TOOL_PUBLISH, AUDIT_PLAN, AUDIT_MOVE, AUDIT_SAMPLE,
            CASE_AUDIT_START, CASE_AUDIT_REVISE, CASE_AUDIT_SUBMIT, CASE_AUDIT_MODERATE, CASE_AUDIT_READ, FINDING_RECORD,
            RECOMMENDATION_RAISE);

    private AuditActions() {
    }
}
