package uk.gov.safeguarding.audit.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.domain.audit.AuditType;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.rest.WithinCalendar;

@Schema(name = "PlanAudit", description = "An audit to plan: what kind, of what, where, by whom, with which tool")
public record PlanAuditRequest(
        @NotNull @CouncilCode @Schema(examples = "E06000015") String localAuthority,
        @NotNull @Schema(examples = "THEMATIC_DIP_SAMPLE") AuditType type,
        @Size(max = 5) @Schema(description = "An assurance visit's methods (only an assurance visit has them)")
        Set<AuditType.@NotNull Method> methods,
        @NotBlank @Size(max = 200)
        @Schema(description = "No names or addresses: stays in this service, never in an event",
                examples = "Repeat contacts from family and friends") String theme,
        @Size(max = 2000) @Schema(examples = "Contacts from family and friends with two or more earlier contacts, 2021")
        String scope,
        @Size(max = 20) @Schema(examples = "[\"MASH\", \"Assessment\"]") List<@NotBlank @Size(max = 100) String> teams,
        @Size(max = 200) @Schema(description = "The lead auditor's subject id; whoever plans it when left out")
        String leadAuditor,
        @Size(max = 64) @Schema(description = "The audit tool's key; case-file-audit when left out", examples = "case-file-audit")
        String toolKey,
        @Min(1) @Schema(description = "The tool's version; its latest when left out") Integer toolVersion,
        @Schema(examples = "2021-11-22") @WithinCalendar LocalDate plannedStart,
        @Schema(examples = "2021-11-26") @WithinCalendar LocalDate plannedEnd) {
}
