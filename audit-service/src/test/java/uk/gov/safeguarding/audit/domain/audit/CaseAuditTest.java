package uk.gov.safeguarding.audit.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A case audit from draft to moderation, an audit's steps around it, and what a tool may hold. */
class CaseAuditTest {

    private static final AuditTool TOOL = new AuditTool("case-file-audit", 1, "Case file audit",
            List.of(new AuditTool.Question("seen-alone", "Was the child seen alone?"),
                    new AuditTool.Question("plan-smart", "Is the plan SMART?")), null, null);

    private static final Map<String, CaseAudit.Answer> ALL_ANSWERED = Map.of(
            "seen-alone", new CaseAudit.Answer(CaseAudit.Reply.YES, null),
            "plan-smart", new CaseAudit.Answer(CaseAudit.Reply.NOT_APPLICABLE, "no plan yet"));

    private static CaseAuditGrades all(String grade) {
        Map<String, String> byDomain = new LinkedHashMap<>();
        AuditTool.DEFAULT_DOMAINS.forEach(domain -> byDomain.put(domain, grade));
        return new CaseAuditGrades(byDomain, grade);
    }

    @Test
    void aToolDefaultsToTheFivePracticeDomainsOnOfstedsScale() {
        assertThat(TOOL.domains()).containsExactly("ASSESSMENT", "PLANNING", "VOICE_OF_THE_CHILD",
                "MANAGEMENT_OVERSIGHT", "MULTI_AGENCY_WORKING");
        assertThat(TOOL.scale()).isEqualTo(GradeScale.OFSTED_FOUR_POINT);
        assertThatThrownBy(() -> new AuditTool("t", 1, "T", List.of(new AuditTool.Question("q", "Q?"),
                new AuditTool.Question("q", "Again?")), null, null))
                .isInstanceOf(AuditRefused.class).extracting("field").isEqualTo("questions[1].id");
        assertThatThrownBy(() -> new AuditTool("has space", 1, "T", List.of(), null, null))
                .isInstanceOf(AuditRefused.class).extracting("field").isEqualTo("key");
        assertThatThrownBy(() -> new AuditTool("t", 1, "T", List.of(), List.of("PLANNING", "PLANNING"), null))
                .isInstanceOf(AuditRefused.class).extracting("field").isEqualTo("domains[1]");
    }

    @Test
    void aDraftMayBePartDoneButASubmittedOneIsComplete() {
        CaseAudit draft = CaseAudit.start("auditor-1", Map.of("seen-alone", new CaseAudit.Answer(CaseAudit.Reply.NO, null)),
                new CaseAuditGrades(Map.of("PLANNING", "GOOD"), null), TOOL, false);
        assertThat(draft.status()).isEqualTo(CaseAudit.Status.DRAFT);
        assertThatThrownBy(() -> draft.submit("auditor-1", TOOL))
                .isInstanceOf(AuditRefused.class).extracting("field").isEqualTo("answers.plan-smart");
        CaseAudit answered = draft.revise("auditor-1", ALL_ANSWERED, new CaseAuditGrades(Map.of("PLANNING", "GOOD"), null), TOOL);
        assertThatThrownBy(() -> answered.submit("auditor-1", TOOL))
                .isInstanceOf(AuditRefused.class).extracting("field").isEqualTo("grades.ASSESSMENT");
        CaseAudit submitted = answered.revise("auditor-1", ALL_ANSWERED, all("GOOD"), TOOL).submit("auditor-1", TOOL);
        assertThat(submitted.status()).isEqualTo(CaseAudit.Status.SUBMITTED);
        assertThatThrownBy(() -> submitted.revise("auditor-1", ALL_ANSWERED, all("INADEQUATE"), TOOL))
                .isInstanceOf(AuditRefused.class).matches(e -> ((AuditRefused) e).conflict());
    }

    @Test
    void anotherAuditorsDraftIsNotTheirsToChange() {
        CaseAudit draft = CaseAudit.start("auditor-1", Map.of(), null, TOOL, false);
        assertThatThrownBy(() -> draft.revise("auditor-2", ALL_ANSWERED, all("GOOD"), TOOL))
                .isInstanceOf(AuditRefused.class).hasMessageContaining("auditor-1");
        assertThatThrownBy(() -> draft.submit("auditor-2", TOOL)).isInstanceOf(AuditRefused.class);
    }

    @Test
    void answersAndGradesAreTheTools() {
        assertThatThrownBy(() -> CaseAudit.start("a", Map.of("invented", new CaseAudit.Answer(CaseAudit.Reply.YES, null)),
                null, TOOL, false)).isInstanceOf(AuditRefused.class).extracting("field").isEqualTo("answers.invented");
        assertThatThrownBy(() -> CaseAudit.start("a", Map.of("seen-alone", new CaseAudit.Answer(null, "?")),
                null, TOOL, false)).isInstanceOf(AuditRefused.class).extracting("field").isEqualTo("answers.seen-alone.reply");
        assertThatThrownBy(() -> CaseAudit.start("a", ALL_ANSWERED, new CaseAuditGrades(Map.of("PLANNING", "ADEQUATE"), null),
                TOOL, false)).isInstanceOf(AuditRefused.class).extracting("field").isEqualTo("grades.PLANNING");
    }

    @Test
    void onlyASubmittedCaseAuditIsModeratedAndNeverByItsAuditor() {
        CaseAudit draft = CaseAudit.start("auditor-1", ALL_ANSWERED, all("GOOD"), TOOL, false);
        assertThatThrownBy(() -> draft.moderate("auditor-2", all("GOOD"), null, TOOL)).isInstanceOf(AuditRefused.class);
        CaseAudit submitted = draft.submit("auditor-1", TOOL);
        assertThatThrownBy(() -> submitted.moderate("auditor-1", all("GOOD"), null, TOOL)).isInstanceOf(AuditRefused.class);
        assertThat(submitted.moderate("auditor-2", all("GOOD"), null, TOOL).agreesWith(submitted.grades())).isTrue();
        assertThatThrownBy(() -> submitted.moderate("auditor-2", all("REQUIRES_IMPROVEMENT"), " ", TOOL))
                .isInstanceOf(AuditRefused.class).extracting("field").isEqualTo("reason");
    }

    @Test
    void anAuditMovesOnOnlyWithItsCaseAuditsSubmitted() {
        assertThatThrownBy(() -> AuditStatus.IN_PROGRESS.moveTo(AuditStatus.COMPLETED, null, AuditType.CASE_FILE_AUDIT, 1, 4))
                .isInstanceOf(AuditRefused.class).hasMessageContaining("1 case audit(s) are still in draft");
        assertThatThrownBy(() -> AuditStatus.IN_PROGRESS.moveTo(AuditStatus.MODERATION, null, AuditType.THEMATIC_DIP_SAMPLE, 0, 0))
                .isInstanceOf(AuditRefused.class).hasMessageContaining("no case audit");
        assertThat(AuditStatus.IN_PROGRESS.moveTo(AuditStatus.COMPLETED, null, AuditType.ASSURANCE_VISIT, 0, 0))
                .isEqualTo(AuditStatus.COMPLETED);
        assertThat(AuditStatus.PLANNED.moveTo(AuditStatus.CANCELLED, "superseded", AuditType.CASE_FILE_AUDIT, 3, 0))
                .isEqualTo(AuditStatus.CANCELLED);
        assertThatThrownBy(AuditStatus.PLANNED::mustAcceptCaseAudits).isInstanceOf(AuditRefused.class);
        assertThatThrownBy(AuditStatus.COMPLETED::mustAcceptModeration).isInstanceOf(AuditRefused.class);
        AuditStatus.COMPLETED.mustAcceptFindings();
        assertThatThrownBy(AuditStatus.CANCELLED::mustAcceptFindings).isInstanceOf(AuditRefused.class);
    }

    @Test
    void onlyAnAssuranceVisitIsMadeOfMethods() {
        AuditType.ASSURANCE_VISIT.checkMethods(Set.of(AuditType.Method.FOCUS_GROUP));
        assertThatThrownBy(() -> AuditType.ASSURANCE_VISIT.checkMethods(Set.of())).isInstanceOf(AuditRefused.class);
        assertThatThrownBy(() -> AuditType.CASE_FILE_AUDIT.checkMethods(Set.of(AuditType.Method.INTERVIEWS)))
                .isInstanceOf(AuditRefused.class).extracting("field").isEqualTo("methods");
    }
}
