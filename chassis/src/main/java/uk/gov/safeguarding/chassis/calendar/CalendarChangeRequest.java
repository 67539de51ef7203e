package uk.gov.safeguarding.chassis.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.chassis.rest.WithinCalendar;
import uk.gov.safeguarding.workingdays.CalendarChange;

@Schema(name = "CalendarChange", description = "A one-off change to the England and Wales bank holidays")
public record CalendarChangeRequest(
        @NotNull @WithinCalendar @Schema(examples = "2023-05-08") LocalDate date,
        @NotNull @Schema(examples = "ADDED") CalendarChange.Kind kind,
        @NotBlank @Size(max = 200) @Schema(examples = "Coronation of King Charles III") String reason) {
}
