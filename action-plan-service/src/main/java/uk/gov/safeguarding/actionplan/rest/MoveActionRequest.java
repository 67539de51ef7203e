package uk.gov.safeguarding.actionplan.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.domain.ActionStatus;

@Schema(name = "MoveAction", description = "The status an action moves to; blocked and cancelled say why")
public record MoveActionRequest(@NotNull @Schema(examples = "IN_PROGRESS") ActionStatus status,
                                @Size(max = 4000) @Schema(examples = "Waiting for the police's data-sharing agreement")
                                String reason) {
}
