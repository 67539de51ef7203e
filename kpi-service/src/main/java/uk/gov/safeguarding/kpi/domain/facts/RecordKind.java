package uk.gov.safeguarding.kpi.domain.facts;

import java.util.EnumSet;
import java.util.Set;

/**
 * The practice records case-management systems send, and the fields each must carry besides
 * {@code recordId}, {@code localAuthority} and {@code childRef}.
 */
public enum RecordKind {
    REFERRAL(Set.of("referralDate")),
    ASSESSMENT(Set.of("referralDate", "startDate")),
    S47_ENQUIRY(Set.of("strategyDiscussionDate")),
    CP_PLAN(Set.of("startDate")),
    CP_VISIT(Set.of("date")),
    CP_REVIEW(Set.of("date")),
    CIN_PLAN(Set.of("startDate")),
    CIN_REVIEW(Set.of("date")),
    CLA_EPISODE(Set.of("startDate")),
    CLA_VISIT(Set.of("date")),
    CLA_REVIEW(Set.of("date")),
    ALLOCATION(Set.of("startDate", "worker"));

    /** Records that are open from a start date until an end date (or still open). */
    public static final Set<RecordKind> EPISODES = EnumSet.of(CP_PLAN, CIN_PLAN, CLA_EPISODE, ALLOCATION);

    private final Set<String> requiredFields;

    RecordKind(Set<String> requiredFields) {
        this.requiredFields = requiredFields;
    }

    public Set<String> requiredFields() {
        return requiredFields;
    }
}
