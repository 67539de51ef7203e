package uk.gov.safeguarding.audit.domain.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An audit tool (template) at one version: the questions answered yes, no or not applicable, the domains graded,
 * and the grade scale. A tool is never changed once used: a change is its next version, and an audit keeps the
 * version it was planned with.
 */
public record AuditTool(String key, int version, String name, List<Question> questions, List<String> domains,
                        GradeScale scale) {

    /** The practice domains councils grade by default. */
    public static final List<String> DEFAULT_DOMAINS = List.of("ASSESSMENT", "PLANNING", "VOICE_OF_THE_CHILD",
            "MANAGEMENT_OVERSIGHT", "MULTI_AGENCY_WORKING");

    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");

    public record Question(String id, String text) {
    }

    public AuditTool {
        if (key == null || !CODE.matcher(key).matches()) {
            throw new AuditRefused("key", "must be letters, digits, '.', '_' or '-', at most 64");
        }
        questions = questions == null ? List.of() : List.copyOf(questions);
        domains = domains == null || domains.isEmpty() ? DEFAULT_DOMAINS : List.copyOf(domains);
        scale = scale == null ? GradeScale.OFSTED_FOUR_POINT : scale;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            if (question == null || question.id() == null || !CODE.matcher(question.id()).matches()) {
                throw new AuditRefused("questions[" + i + "].id", "must be letters, digits, '.', '_' or '-', at most 64");
            }
            if (question.text() == null || question.text().isBlank()) {
                throw new AuditRefused("questions[" + i + "].text", "must not be blank");
            }
            if (!seen.add(question.id())) {
                throw new AuditRefused("questions[" + i + "].id", "'" + question.id() + "' is asked twice");
            }
        }
        Set<String> graded = new HashSet<>();
        for (int i = 0; i < domains.size(); i++) {
            if (domains.get(i) == null || !CODE.matcher(domains.get(i)).matches()) {
                throw new AuditRefused("domains[" + i + "]", "must be letters, digits, '.', '_' or '-', at most 64");
            }
            if (!graded.add(domains.get(i))) {
                throw new AuditRefused("domains[" + i + "]", "'" + domains.get(i) + "' is graded twice");
            }
        }
    }

    public List<String> questionIds() {
        return questions.stream().map(Question::id).toList();
    }
}
