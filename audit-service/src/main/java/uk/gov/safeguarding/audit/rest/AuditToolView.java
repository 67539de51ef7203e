package uk.gov.safeguarding.audit.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.domain.audit.AuditTool;
import uk.gov.safeguarding.audit.repository.AuditToolRow;

@Schema(name = "AuditTool", description = "An audit tool at one version; never changed once written")
public record AuditToolView(
        @Schema(examples = "case-file-audit") String key,
        @Schema(examples = "1") int version,
        String name,
        List<AuditTool.Question> questions,
        List<String> domains,
        @Schema(examples = "Ofsted four-point") String scale,
        @Schema(description = "Best first") List<String> grades,
        @Schema(description = "How many of the grades, from the best, are good or better") int goodOrBetter,
        String createdBy,
        Instant createdAt) {

    static AuditToolView of(AuditToolRow row) {
        return new AuditToolView(row.key, row.version, row.name, row.questions, List.of(row.domains), row.scaleName,
                List.of(row.grades), row.goodOrBetter, row.createdBy, row.createdAt);
    }
}
