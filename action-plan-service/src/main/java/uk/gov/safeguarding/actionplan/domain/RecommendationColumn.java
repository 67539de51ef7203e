package uk.gov.safeguarding.actionplan.domain;

import java.util.List;
import java.util.Optional;
import uk.gov.safeguarding.kernel.HeaderNames;

/** What a column holds, and the header names councils give it (compared without case or extra spaces). */
public enum RecommendationColumn {
    NUMBER("no", "no.", "number", "recommendation number", "rec no", "rec no.", "ref no"),
    REFERENCES("references", "refs", "paragraphs", "paras", "para", "report paragraphs", "report references",
            "sections"),
    ISSUE("issue", "issues", "theme", "area", "finding"),
    RECOMMENDATION("recommendation", "recommendations", "recommendation text", "text"),
    ADDRESSED_TO("addressed to", "to", "for"),
    RESPONSE("response", "council response", "accepted"),
    RESPONSE_REASON("response reason", "reason", "reason for response"),
    ACTION("action", "actions", "action to be taken", "actions to be taken"),
    ACTION_REF("action ref", "action id", "action no", "action no."),
    OWNER("owner", "action owner", "lead officer", "responsible officer", "lead"),
    OWNER_ROLE("owner role", "role"),
    OWNER_AGENCY("owner agency", "agency", "lead agency"),
    PARTNERS("partners", "partner agencies"),
    DUE_DATE("due date", "due", "target date", "deadline", "by when"),
    BOARD("approved by", "board", "approving board"),
    APPROVED_ON("approved on", "date approved"),
    IMPACT_KPI("impact kpi", "kpi", "impact measure"),
    IMPACT_DIRECTION("impact direction", "kpi direction"),
    IMPACT_TARGET("impact target", "kpi target");

    private final List<String> names;

    RecommendationColumn(String... names) {
        this.names = List.of(names);
    }

    /** The column a header names: one of its names, or (for references) a name ending "para" or "paragraphs". */
    static Optional<RecommendationColumn> named(String header) {
        String name = HeaderNames.normalise(header);
        for (RecommendationColumn column : values()) {
            if (column.names.contains(name)) {
                return Optional.of(column);
            }
        }
        if (name.matches(".*\\b(para|paras|paragraph|paragraphs|references)$")) {
            return Optional.of(REFERENCES);
        }
        return Optional.empty();
    }
}
