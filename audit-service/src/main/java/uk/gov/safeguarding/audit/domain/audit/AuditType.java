package uk.gov.safeguarding.audit.domain.audit;

import java.util.Set;

/**
 * The kinds of audit councils run. Only an assurance visit is made of methods (Derby's of 22 November 2021: a
 * focus group, live case tracking, contact and decision audits, strategy meeting audits, interviews).
 */
public enum AuditType {
    CASE_FILE_AUDIT, THEMATIC_DIP_SAMPLE, MULTI_AGENCY_AUDIT, SUPERVISION_AUDIT, ASSURANCE_VISIT;

    public enum Method { FOCUS_GROUP, LIVE_CASE_TRACKING, CONTACT_AND_DECISION_AUDITS, STRATEGY_MEETING_AUDITS, INTERVIEWS }

    /** @throws AuditRefused when methods are given for an audit that is not an assurance visit, or none for one */
    public void checkMethods(Set<Method> methods) {
        if (this == ASSURANCE_VISIT && methods.isEmpty()) {
            throw new AuditRefused("methods", "an assurance visit names its methods: one or more of "
                    + java.util.Arrays.toString(Method.values()));
        }
        if (this != ASSURANCE_VISIT && !methods.isEmpty()) {
            throw new AuditRefused("methods", "only an assurance visit has methods");
        }
    }
}
