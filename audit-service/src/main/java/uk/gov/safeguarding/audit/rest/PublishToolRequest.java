package uk.gov.safeguarding.audit.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishAuditTool", description = "The next version of an audit tool (version 1 for a new key)")
public record PublishToolRequest(
        @NotNull @Size(max = 64) @Schema(description = "The tool's key: letters, digits, . _ -", examples = "case-file-audit")
        String key,
        @NotBlank @Size(max = 200) @Schema(examples = "Case file audit") String name,
        @NotNull @Size(max = 200) List<@Valid @NotNull Question> questions,
        @Size(max = 30) @Schema(description = "The domains graded; the five practice domains when left out")
        List<@NotNull @Size(max = 64) String> domains,
        @Valid @Schema(description = "The grade scale; Ofsted's four points when left out") Scale scale) {

    @Schema(name = "AuditToolQuestion")
    public record Question(@NotNull @Size(max = 64) @Schema(examples = "seen-alone") String id,
                           @NotBlank @Size(max = 1000) @Schema(examples = "Was the child seen alone?") String text) {
    }

    @Schema(name = "GradeScale")
    public record Scale(@NotBlank @Size(max = 100) @Schema(examples = "Ofsted four-point") String name,
                        @NotEmpty @Size(max = 20) @Schema(description = "Best first")
                        List<@NotNull @Size(max = 64) String> grades,
                        @NotNull @Min(1) @Max(19)
                        @Schema(description = "How many of the grades, from the best, are good or better", examples = "2")
                        Integer goodOrBetter) {
    }
}
