package uk.gov.safeguarding.actionplan.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.rest.WithinCalendar;

@Schema(name = "CreateAction", description = "An action for a recommendation: what, who owns it, when it is due")
public record CreateActionRequest(
        @NotBlank @Size(max = 4000) @Schema(examples = "Recruit four social workers to the MASH") String what,
        @NotBlank @Size(max = 200) @Schema(description = "The owner's subject id (as in their token)",
                examples = "jane.smith") String owner,
        @Size(max = 200) @Schema(examples = "Head of Service, MASH") String ownerRole,
        @Size(max = 200) @Schema(examples = "Derby City Council") String ownerAgency,
        @Size(max = 30) @Schema(examples = "[\"Derbyshire Constabulary\"]") List<@NotBlank @Size(max = 200) String> partners,
        @NotNull @Schema(examples = "2022-06-30") @WithinCalendar LocalDate dueDate,
        @Size(max = 200) @Schema(examples = "Derby Safeguarding Children Partnership") String approvedByBoard,
        @Schema(examples = "2022-04-12") @WithinCalendar LocalDate approvedOn,
        @Pattern(regexp = "^[A-Z0-9_]{1,64}$", message = "must be a KPI code such as ICPC_IN_TIMESCALE")
        @Schema(description = "The KPI whose figures show the action worked", examples = "ICPC_IN_TIMESCALE") String impactKpi,
        @Pattern(regexp = "^(UP|DOWN)$", message = "must be UP or DOWN")
        @Schema(description = "Which way the KPI should go", examples = "UP") String impactDirection,
        @DecimalMin("-1000000000") @DecimalMax("1000000000") @Schema(examples = "90") BigDecimal impactTarget) {
}
