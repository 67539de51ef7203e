package uk.gov.safeguarding.actionplan.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.rest.WithinCalendar;

@Schema(name = "ReviseDueDate", description = "A new due date asked for, with the reason; a second person decides")
public record ReviseDueDateRequest(@NotNull @Schema(examples = "2022-09-30") @WithinCalendar LocalDate dueDate,
                                   @NotBlank @Size(max = 4000) @Schema(examples = "Recruitment round failed") String reason) {
}
