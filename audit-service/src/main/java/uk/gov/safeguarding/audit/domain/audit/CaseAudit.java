package uk.gov.safeguarding.audit.domain.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One sampled case's audit: the tool's questions answered, a grade per domain and overall. A draft may be
 * saved part-done by its auditor; submitted, it is complete and no longer changes (moderation keeps its own
 * grades beside it).
 */
public record CaseAudit(String auditor, Status status, Map<String, Answer> answers, CaseAuditGrades grades) {

    public enum Status { DRAFT, SUBMITTED }

    public enum Reply { YES, NO, NOT_APPLICABLE }

    /** An answer to one question; a comment may say why. */
    public record Answer(Reply reply, String comment) {
    }

    public CaseAudit {
        answers = answers == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(answers));
        grades = grades == null ? new CaseAuditGrades(Map.of(), null) : grades;
    }

    /** A new draft, or one submitted at once when {@code submit}. */
    public static CaseAudit start(String auditor, Map<String, Answer> answers, CaseAuditGrades grades, AuditTool tool,
                                  boolean submit) {
        CaseAudit draft = new CaseAudit(auditor, Status.DRAFT, answers, grades);
        draft.check(tool, false);
        return submit ? draft.submit(auditor, tool) : draft;
    }

    /** The draft saved again with what its auditor has now. */
    public CaseAudit revise(String by, Map<String, Answer> newAnswers, CaseAuditGrades newGrades, AuditTool tool) {
        mustBeDraftOf(by);
        CaseAudit revised = new CaseAudit(auditor, Status.DRAFT, newAnswers, newGrades);
        revised.check(tool, false);
        return revised;
    }

    /** @throws AuditRefused naming the first question or grade missing, or when it is not this auditor's draft */
    public CaseAudit submit(String by, AuditTool tool) {
        mustBeDraftOf(by);
        check(tool, true);
        return new CaseAudit(auditor, Status.SUBMITTED, answers, grades);
    }

    private void mustBeDraftOf(String by) {
        if (status != Status.DRAFT) {
            throw AuditRefused.wrongState("a submitted case audit no longer changes: a second auditor moderates it");
        }
        if (!Objects.equals(by, auditor)) {
            throw AuditRefused.wrongState("a case audit's draft is its auditor's (" + auditor + ")");
        }
    }

    private void check(AuditTool tool, boolean complete) {
        for (Map.Entry<String, Answer> answer : answers.entrySet()) {
            if (!tool.questionIds().contains(answer.getKey())) {
                throw new AuditRefused("answers." + answer.getKey(), "is not a question of " + tool.key() + " v"
                        + tool.version());
            }
            if (answer.getValue() == null || answer.getValue().reply() == null) {
                throw new AuditRefused("answers." + answer.getKey() + ".reply", "must be YES, NO or NOT_APPLICABLE");
            }
        }
        if (complete) {
            for (String question : tool.questionIds()) {
                if (!answers.containsKey(question)) {
                    throw new AuditRefused("answers." + question, "is needed to submit: every question is answered");
                }
            }
        }
        grades.checkAgainst(tool.domains(), tool.scale(), complete);
    }

    /** @throws AuditRefused unless it is submitted and {@code moderator} did not audit it */
    public Moderation moderate(String moderator, CaseAuditGrades moderated, String reason, AuditTool tool) {
        if (status != Status.SUBMITTED) {
            throw AuditRefused.wrongState("a case audit is moderated once submitted");
        }
        return Moderation.of(auditor, moderator, grades, moderated, reason, tool.domains(), tool.scale());
    }
}
