package uk.gov.safeguarding.actionplan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.actionplan.domain.ActionStatus;
import uk.gov.safeguarding.actionplan.repository.ReportQueries;
import uk.gov.safeguarding.actionplan.service.ActionPlanActions;
import uk.gov.safeguarding.actionplan.service.Actions;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.rest.PageOf;
import uk.gov.safeguarding.chassis.rest.PageRequest;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.chassis.text.OptionalText;

@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actions", description = "Actions owned, dated, evidenced and verified by someone other than their owner")
public class ActionResource {

    private final Actions actions;

    public ActionResource(Actions actions) {
        this.actions = actions;
    }

    @GET
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "findActions", summary = "Actions, soonest due first: mine, a team's, the overdue",
            description = "owner=me lists the caller's own actions. Narrowed by status (several separated by commas), "
                    + "overdue=true (open past the due date), a council, a source, a type of source or the board that "
                    + "approved them.")
    @APIResponse(responseCode = "200", description = "A page of actions")
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageOf<ActionView> list(
            @QueryParam("owner") @Parameter(description = "A subject id, or me", example = "me") String owner,
            @QueryParam("status") @Parameter(description = "NOT_STARTED, IN_PROGRESS, BLOCKED, COMPLETE, VERIFIED or "
                    + "CANCELLED; several separated by commas", example = "NOT_STARTED,IN_PROGRESS") String status,
            @QueryParam("overdue") @Parameter(description = "true: only the open actions past their due date",
                    example = "true") String overdue,
            @QueryParam("localAuthority") @CouncilCode @Parameter(example = "E06000015") String localAuthority,
            @QueryParam("sourceId") String sourceId,
            @QueryParam("sourceType") @Parameter(example = "OFSTED_INSPECTION") String sourceType,
            @QueryParam("board") String board,
            @BeanParam PageRequest page) {
        PageRequest requested = new PageRequest(page.page(), page.size());
        String who = OptionalText.of("owner", owner, 200);
        List<String> statuses = new ArrayList<>();
        if (status != null) {
            for (String each : status.split(",")) {
                if (!each.isBlank()) {
                    statuses.add(QueryParams.enumValue("status", each, ActionStatus.class).name());
                }
            }
        }
        Actions.Found found = actions.list(ReportFilters.of(localAuthority, sourceId, sourceType, board),
                new ReportQueries.Selection("me".equalsIgnoreCase(who) ? actions.me() : who, statuses,
                        Boolean.TRUE.equals(QueryParams.bool("overdue", overdue))), requested.page(), requested.size());
        return PageOf.of(found.actions().stream().map(ActionView::of).toList(), requested, found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "getAction", summary = "One action, with its RAG and its owner's")
    @APIResponse(responseCode = "200", description = "The action", content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "404", description = "No action with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ActionView get(@PathParam("id") UUID id) {
        return ActionView.of(actions.get(id));
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.BOARD, Roles.ADMIN})
    @ActivityLogged(action = ActionPlanActions.ACTION_MOVE, resourceType = "action")
    @Operation(operationId = "moveAction", summary = "Move the action on",
            description = "Not started → in progress → complete (with at least one update carrying evidence) → verified "
                    + "(by someone other than the owner); blocked or cancelled with the reason; a completed action found "
                    + "wanting goes back to in progress, with the reason, by whoever verifies. Published on "
                    + "safeguarding.actions.v1 (completed, verified, status-changed).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MoveActionRequest.class),
            examples = @ExampleObject(name = "start", value = "{\"status\":\"IN_PROGRESS\"}")))
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No action with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a step from where it stands, by this person, or without evidence",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ActionView move(@PathParam("id") UUID id, @Valid @NotNull MoveActionRequest request) {
        return ActionView.of(actions.move(id, request.status(), OptionalText.of(request.reason())));
    }

    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = ActionPlanActions.ACTION_UPDATE, resourceType = "action")
    @Operation(operationId = "addProgressUpdate", summary = "Record progress",
            description = "Appended, never edited (a correction is a new update). Evidence is a link with the SHA-256 of "
                    + "the document it points to. Published on safeguarding.actions.v1 (progress-recorded; never the text).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AddUpdateRequest.class),
            examples = @ExampleObject(name = "with evidence", value = """
                    {"text":"Two of four posts filled; interviews on 12 May","ownerRag":"AMBER",
                     "evidenceUrl":"https://derby.sharepoint.com/qa/mash-recruitment.pdf",
                     "evidenceSha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""")))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = UpdateView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No action with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The action is verified or cancelled",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response addUpdate(@PathParam("id") UUID id, @Valid @NotNull AddUpdateRequest request) {
        return Response.status(Response.Status.CREATED).entity(UpdateView.of(actions.addUpdate(id, new Actions.NewUpdate(
                request.writtenOn(), request.text().trim(), request.ownerRag(), request.evidenceUrl(),
                request.evidenceSha256())))).build();
    }

    @GET
    @Path("/{id}/updates")
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "listProgressUpdates", summary = "The action's progress updates, oldest first")
    @APIResponse(responseCode = "200", description = "Its updates")
    @APIResponse(responseCode = "404", description = "No action with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<UpdateView> updates(@PathParam("id") UUID id) {
        return actions.updates(id).stream().map(UpdateView::of).toList();
    }

    @POST
    @Path("/{id}/due-date-revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = ActionPlanActions.ACTION_REVISE, resourceType = "action")
    @Operation(operationId = "reviseDueDate", summary = "Ask for a new due date, with the reason",
            description = "It takes effect only when a second person (neither whoever asked nor the owner) approves it; "
                    + "the original date stays on the action. One request waits at a time.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviseDueDateRequest.class),
            examples = @ExampleObject(name = "later", value = "{\"dueDate\":\"2022-09-30\",\"reason\":\"Recruitment round failed\"}")))
    @APIResponse(responseCode = "201", description = "Asked for", content = @Content(schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No action with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The action is closed, or a request is waiting already",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response reviseDueDate(@PathParam("id") UUID id, @Valid @NotNull ReviseDueDateRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(RevisionView.of(actions.requestRevision(id, request.dueDate(), request.reason().trim()))).build();
    }

    @GET
    @Path("/{id}/due-date-revisions")
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "listDueDateRevisions", summary = "Every revision asked for, and its decision")
    @APIResponse(responseCode = "200", description = "Its revisions, oldest first")
    @APIResponse(responseCode = "404", description = "No action with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<RevisionView> revisions(@PathParam("id") UUID id) {
        return actions.revisions(id).stream().map(RevisionView::of).toList();
    }

    @POST
    @Path("/{id}/due-date-revisions/{revisionId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.BOARD, Roles.ADMIN})
    @ActivityLogged(action = ActionPlanActions.ACTION_DECIDE_REVISION, resourceType = "action")
    @Operation(operationId = "decideDueDateRevision", summary = "Approve or refuse a revised due date",
            description = "By a second person: neither whoever asked nor the action's owner. Approved, the action takes "
                    + "the new date (its first stays on record) and due-date-revised is published.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecideRevisionRequest.class),
            examples = @ExampleObject(name = "approve", value = "{\"approve\":true}")))
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such action or revision",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Decided already, by whoever asked, or by the owner",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RevisionView decide(@PathParam("id") UUID id, @PathParam("revisionId") UUID revisionId,
                               @Valid @NotNull DecideRevisionRequest request) {
        return RevisionView.of(actions.decideRevision(id, revisionId, request.approve()));
    }
}
