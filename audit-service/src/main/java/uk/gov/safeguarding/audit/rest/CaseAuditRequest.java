package uk.gov.safeguarding.audit.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.domain.audit.CaseAudit;
import uk.gov.safeguarding.audit.domain.audit.CaseAuditGrades;
import uk.gov.safeguarding.audit.service.CaseAudits;
import uk.gov.safeguarding.chassis.text.OptionalText;

@Schema(name = "CaseAudit", description = "What the auditor found in one case: answers, grades and the free text that "
        + "stays in this service (no names or addresses). Saved as a draft, or submitted with submit=true.")
public record CaseAuditRequest(
        @Pattern(regexp = "^[A-Za-z0-9._:/-]{1,64}$", message = "must be 1 to 64 letters, digits or . _ : / -")
        @Schema(description = "The child's pseudonymous ref, one of the sample's cases; needed to start a case audit",
                examples = "DB1234567") String childRef,
        @Size(max = 100) @Schema(examples = "Assessment") String team,
        @Size(max = 200) Map<@NotNull @Size(max = 64) String, @Valid @NotNull Answer> answers,
        @Size(max = 30) Map<@NotNull @Size(max = 64) String, @NotNull @Size(max = 64) String> grades,
        @Size(max = 64) @Schema(examples = "GOOD") String overall,
        @Size(max = 4000) String strengths,
        @Size(max = 4000) String areasForDevelopment,
        @Size(max = 4000) String actionsForTeam,
        @Schema(description = "true: submit it as it is saved (every question answered, every domain graded)")
        Boolean submit) {

    @Schema(name = "CaseAuditAnswer")
    public record Answer(@NotNull @Schema(examples = "YES") CaseAudit.Reply reply,
                         @Size(max = 2000) String comment) {
    }

    CaseAudits.Work work() {
        Map<String, CaseAudit.Answer> given = new java.util.LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((question, answer) -> given.put(question, new CaseAudit.Answer(answer.reply(),
                    OptionalText.of(answer.comment()))));
        }
        return new CaseAudits.Work(given, new CaseAuditGrades(grades, overall), OptionalText.of(strengths),
                OptionalText.of(areasForDevelopment), OptionalText.of(actionsForTeam), Boolean.TRUE.equals(submit));
    }

}
