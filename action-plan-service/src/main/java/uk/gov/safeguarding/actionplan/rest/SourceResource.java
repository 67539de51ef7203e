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
import jakarta.ws.rs.core.UriInfo;
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
import uk.gov.safeguarding.actionplan.domain.ActionPlanRefused;
import uk.gov.safeguarding.actionplan.domain.ReportReferences;
import uk.gov.safeguarding.actionplan.domain.ResponseClock;
import uk.gov.safeguarding.actionplan.domain.SourceType;
import uk.gov.safeguarding.actionplan.service.ActionPlanActions;
import uk.gov.safeguarding.actionplan.service.Recommendations;
import uk.gov.safeguarding.actionplan.service.Sources;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.rest.PageOf;
import uk.gov.safeguarding.chassis.rest.PageRequest;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.chassis.text.OptionalText;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Inspections, reviews, visits, audits and KPI exceptions whose recommendations are "
        + "tracked, each with its response due on its statutory clock")
public class SourceResource {

    private final Sources sources;
    private final Recommendations recommendations;

    public SourceResource(Sources sources, Recommendations recommendations) {
        this.sources = sources;
        this.recommendations = recommendations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = ActionPlanActions.SOURCE_CREATE, resourceType = "source")
    @Operation(operationId = "createSource", summary = "Record a source of recommendations",
            description = "Its response is due on the type's clock from publication (Ofsted inspection 70 working days, "
                    + "focused visit 20, scrutiny review 2 months), on another clock given, or on the day given.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateSourceRequest.class),
            examples = @ExampleObject(name = "Ofsted inspection", value = """
                    {"type":"OFSTED_INSPECTION","title":"Inspection of Derby children's social care services",
                     "localAuthorities":["E06000015"],"commissionedBy":"Ofsted","publishedOn":"2022-03-04"}""")))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull CreateSourceRequest request, UriInfo uri) {
        if (request.responseWorkingDays() != null && request.responseMonths() != null) {
            throw new ActionPlanRefused("responseMonths", "give working days or months, not both");
        }
        ResponseClock clock = request.responseWorkingDays() != null ? ResponseClock.workingDays(request.responseWorkingDays())
                : request.responseMonths() != null ? ResponseClock.months(request.responseMonths()) : null;
        SourceView created = SourceView.of(sources.create(new Sources.NewSource(request.type(), request.title().trim(),
                request.localAuthorities().stream().map(CouncilCodes::canonicalOrSame).distinct().toList(),
                OptionalText.of(request.commissionedBy()), request.publishedOn(), clock, request.responseDue(), null)));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/sources").path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "listSources", summary = "Sources, newest first")
    @APIResponse(responseCode = "200", description = "A page of sources")
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageOf<SourceView> list(@QueryParam("localAuthority") @CouncilCode @Parameter(example = "E06000015")
                                   String localAuthority,
                                   @QueryParam("type") @Parameter(example = "OFSTED_INSPECTION") String type,
                                   @BeanParam PageRequest page) {
        PageRequest requested = new PageRequest(page.page(), page.size());
        Sources.Found found = sources.list(CouncilCodes.canonicalOrSame(localAuthority),
                QueryParams.enumValue("type", type, SourceType.class), requested.page(), requested.size());
        return PageOf.of(found.sources().stream().map(SourceView::of).toList(), requested, found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "getSource", summary = "One source")
    @APIResponse(responseCode = "200", description = "The source", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "404", description = "No source with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SourceView get(@PathParam("id") UUID id) {
        return SourceView.of(sources.get(id));
    }

    @POST
    @Path("/{id}/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = ActionPlanActions.RECOMMENDATION_CREATE, resourceType = "recommendation")
    @Operation(operationId = "createRecommendation", summary = "Record a recommendation of the source",
            description = "Numbered as its report numbers it, once per source; references as written, ranges allowed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateRecommendationRequest.class),
            examples = @ExampleObject(name = "JAR issue 1", value = """
                    {"number":"1","references":"11, 15, 52","theme":"Frontline capacity and caseloads",
                     "text":"Caseloads range from 16 to 25 children; reduce them to about 18",
                     "addressedTo":"Director of Children's Services","response":"ACCEPTED"}""")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No source with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The source has a recommendation of this number already",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response createRecommendation(@PathParam("id") UUID id, @Valid @NotNull CreateRecommendationRequest request,
                                         UriInfo uri) {
        RecommendationView created = RecommendationView.of(recommendations.create(id, new Recommendations.NewRecommendation(
                request.number(), ReportReferences.parse(request.references()), OptionalText.of(request.theme()),
                request.text().trim(), OptionalText.of(request.addressedTo()), request.response(),
                OptionalText.of(request.responseReason()), null)));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/recommendations").path(created.id().toString())
                .build()).entity(created).build();
    }

    @GET
    @Path("/{id}/recommendations")
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "listRecommendations", summary = "The source's recommendations, with their progress")
    @APIResponse(responseCode = "200", description = "Its recommendations, in the order recorded")
    @APIResponse(responseCode = "404", description = "No source with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<RecommendationView> recommendations(@PathParam("id") UUID id) {
        return recommendations.ofSource(id).stream().map(RecommendationView::of).toList();
    }

}
