package uk.gov.safeguarding.actionplan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.actionplan.service.ActionPlanActions;
import uk.gov.safeguarding.actionplan.service.ActionReminders;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.security.Roles;

@Path("/api/v1/reminder-checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actions")
public class ReminderCheckResource {

    private final ActionReminders reminders;

    public ReminderCheckResource(ActionReminders reminders) {
        this.reminders = reminders;
    }

    @Schema(name = "ReminderCheck", description = "What one check of every open action did")
    public record ReminderCheckView(@Schema(description = "Open actions with something possibly left to say") int examined,
                                    @Schema(description = "due-soon, overdue and escalated events published") int announced,
                                    long tookMillis) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @ActivityLogged(action = ActionPlanActions.REMINDERS_CHECK, resourceType = "reminder-check")
    @Operation(operationId = "checkReminders", summary = "Run the reminder check now",
            description = "The scheduled check (suite.actions.reminders-every, 60 s) run at once: after the calendar's "
                    + "bank holidays change, say. Each action and due date is still announced once, however often it runs.")
    @APIResponse(responseCode = "200", description = "What it did",
            content = @Content(schema = @Schema(implementation = ReminderCheckView.class)))
    public ReminderCheckView check() {
        ActionReminders.Check check = reminders.check();
        return new ReminderCheckView(check.examined(), check.announced(), check.took().toMillis());
    }
}
