package uk.gov.safeguarding.actionplan.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.domain.SourceType;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.rest.WithinCalendar;

@Schema(name = "CreateSource", description = "A report whose recommendations are tracked: an inspection, review, visit, "
        + "audit or KPI exception, of one council or a partnership of several")
public record CreateSourceRequest(
        @NotNull @Schema(examples = "OFSTED_INSPECTION") SourceType type,
        @NotBlank @Size(max = 300) @Schema(examples = "Inspection of Derby children's social care services") String title,
        @NotEmpty @Size(max = 20) @Schema(examples = "[\"E06000015\", \"E10000007\"]")
        List<@NotNull @CouncilCode String> localAuthorities,
        @Size(max = 200) @Schema(examples = "Ofsted") String commissionedBy,
        @Schema(examples = "2022-03-04") @WithinCalendar LocalDate publishedOn,
        @Min(1) @Max(1000) @Schema(description = "The response's clock in working days, instead of the type's own")
        Integer responseWorkingDays,
        @Min(1) @Max(60) @Schema(description = "Or in calendar months") Integer responseMonths,
        @Schema(description = "The response's due day as it is, instead of any clock") @WithinCalendar LocalDate responseDue) {
}
