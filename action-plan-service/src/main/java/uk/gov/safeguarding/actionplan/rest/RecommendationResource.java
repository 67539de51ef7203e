package uk.gov.safeguarding.actionplan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.actionplan.service.ActionPlanActions;
import uk.gov.safeguarding.actionplan.service.Actions;
import uk.gov.safeguarding.actionplan.service.Recommendations;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.chassis.text.OptionalText;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Recommendations, the council's response, and the actions that meet them")
public class RecommendationResource {

    private final Recommendations recommendations;
    private final Actions actions;

    public RecommendationResource(Recommendations recommendations, Actions actions) {
        this.recommendations = recommendations;
        this.actions = actions;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "getRecommendation", summary = "One recommendation, with its progress")
    @APIResponse(responseCode = "200", description = "The recommendation",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "404", description = "No recommendation with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RecommendationView get(@PathParam("id") UUID id) {
        return RecommendationView.of(recommendations.get(id));
    }

    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = ActionPlanActions.RECOMMENDATION_RESPOND, resourceType = "recommendation")
    @Operation(operationId = "respondToRecommendation", summary = "Record the council's response",
            description = "Accepted; partly accepted or not accepted, with the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RespondRequest.class),
            examples = @ExampleObject(name = "partly", value = """
                    {"response":"PARTLY_ACCEPTED","reason":"Accepted for the MASH; the police lead their own"}""")))
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No recommendation with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RecommendationView respond(@PathParam("id") UUID id, @Valid @NotNull RespondRequest request) {
        return RecommendationView.of(recommendations.respond(id, request.response(),
                OptionalText.of(request.reason())));
    }

    @POST
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = ActionPlanActions.ACTION_CREATE, resourceType = "action")
    @Operation(operationId = "createAction", summary = "Add an action to the recommendation",
            description = "Owned by a person (subject id), with role and agency, partners, a due date, the board that "
                    + "approved it and when, and the KPI that shows it worked. Published on safeguarding.actions.v1.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateActionRequest.class),
            examples = @ExampleObject(name = "recruitment", value = """
                    {"what":"Recruit four social workers to the MASH","owner":"jane.smith","ownerRole":"Head of Service, MASH",
                     "ownerAgency":"Derby City Council","partners":["Derbyshire Constabulary"],"dueDate":"2022-06-30",
                     "approvedByBoard":"Derby Safeguarding Children Partnership","approvedOn":"2022-04-12",
                     "impactKpi":"ICPC_IN_TIMESCALE","impactDirection":"UP","impactTarget":90}""")))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No recommendation with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response createAction(@PathParam("id") UUID id, @Valid @NotNull CreateActionRequest request, UriInfo uri) {
        ActionView created = ActionView.of(actions.create(id, new Actions.NewAction(request.what().trim(),
                request.owner().trim(), OptionalText.of(request.ownerRole()),
                OptionalText.of(request.ownerAgency()),
                request.partners() == null ? List.of() : request.partners().stream().map(String::trim).distinct().toList(),
                request.dueDate(), OptionalText.of(request.approvedByBoard()), request.approvedOn(),
                request.impactKpi(), request.impactDirection(), request.impactTarget())));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/actions").path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}/actions")
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "listActions", summary = "The recommendation's actions, with their RAG")
    @APIResponse(responseCode = "200", description = "Its actions, in the order added")
    @APIResponse(responseCode = "404", description = "No recommendation with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<ActionView> actions(@PathParam("id") UUID id) {
        return actions.ofRecommendation(id).stream().map(ActionView::of).toList();
    }
}
