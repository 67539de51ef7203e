package uk.gov.safeguarding.kpi.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.council.CouncilCode;

@Schema(description = "Close a council's month: its figures are published as version 1")
public record CloseMonthRequest(
        @Schema(examples = "E06000015")
        @NotNull @CouncilCode
        String localAuthority,
        @Schema(description = "YYYY-MM, a month that has ended", examples = "2021-12")
        @NotNull @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$", message = "must be a month as YYYY-MM") String month,
        @Schema(examples = "December figures for the scrutiny committee of 20 January") @Size(max = 500) String reason) {
}
