package uk.gov.safeguarding.chassis.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.chassis.security.Roles;

/** Lets an administrator add a proclaimed one-off bank holiday without a release. */
@Path("/api/v1/calendar/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar", description = "One-off bank holiday changes applied to working-day timescales")
public class CalendarResource {

    /** The activity log action of a calendar change, in every service that serves the calendar. */
    public static final String ACTION_PUT = "calendar-change.put";

    private final WorkingDays workingDays;
    private final ActivityLog activityLog;
    private final Actor actor;

    public CalendarResource(WorkingDays workingDays, ActivityLog activityLog, Actor actor) {
        this.workingDays = workingDays;
        this.activityLog = activityLog;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "listCalendarChanges",
            summary = "List the one-off changes to the bank holidays this service applies")
    @APIResponse(responseCode = "200", description = "The changes, by date")
    public List<CalendarChangeRequest> list() {
        return CalendarChangeRow.<CalendarChangeRow>listAll().stream()
                .sorted(java.util.Comparator.comparing((CalendarChangeRow row) -> row.date))
                .map(row -> new CalendarChangeRequest(row.date, row.kind, row.reason))
                .toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @ActivityLogged(action = CalendarResource.ACTION_PUT, resourceType = "calendar-change")
    @Operation(operationId = "putCalendarChange",
            summary = "Add or replace a one-off bank holiday change (admin)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarChangeRequest.class),
            examples = @ExampleObject(name = "coronation",
                    value = "{\"date\":\"2023-05-08\",\"kind\":\"ADDED\",\"reason\":\"Coronation of King Charles III\"}")))
    @APIResponse(responseCode = "200", description = "Stored; timescales computed from now on use it")
    @APIResponse(responseCode = "400", description = "The change is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarChangeRequest put(@Valid @NotNull CalendarChangeRequest change) {
        CalendarChangeRow row = CalendarChangeRow.findById(change.date());
        if (row == null) {
            row = new CalendarChangeRow();
            row.date = change.date();
        }
        row.kind = change.kind();
        row.reason = change.reason();
        row.createdBy = actor.id();
        row.createdAt = Instant.now();
        row.persist();
        activityLog.recordSuccess(change.date().toString());
        workingDays.invalidate();
        return change;
    }
}
