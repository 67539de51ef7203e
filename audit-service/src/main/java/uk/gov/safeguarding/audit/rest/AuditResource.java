package uk.gov.safeguarding.audit.rest;

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
import java.sql.SQLException;
import java.util.EnumSet;
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
import uk.gov.safeguarding.audit.domain.audit.AuditStatus;
import uk.gov.safeguarding.audit.domain.audit.AuditType;
import uk.gov.safeguarding.audit.service.AuditFindings;
import uk.gov.safeguarding.audit.service.Audits;
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

@Path("/api/v1/audits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audits", description = "Case-file audits, thematic dip samples, multi-agency and supervision audits and "
        + "assurance visits, from plan to completion, with their findings and recommendations")
public class AuditResource {

    private final Audits audits;
    private final AuditFindings findings;

    public AuditResource(Audits audits, AuditFindings findings) {
        this.audits = audits;
        this.findings = findings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.AUDIT_PLAN, resourceType = "audit")
    @Operation(operationId = "planAudit", summary = "Plan an audit",
            description = "Planned with a version of an audit tool, which it keeps. Published on safeguarding.audits.v1 "
                    + "(never its theme or scope).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanAuditRequest.class),
            examples = {@ExampleObject(name = "dip sample", value = """
                    {"localAuthority":"E06000015","type":"THEMATIC_DIP_SAMPLE",
                     "theme":"Repeat contacts from family and friends","teams":["MASH"],
                     "plannedStart":"2021-10-04","plannedEnd":"2021-10-29"}"""),
                    @ExampleObject(name = "assurance visit", value = """
                    {"localAuthority":"E06000015","type":"ASSURANCE_VISIT","theme":"Multi-agency assurance visit",
                     "methods":["FOCUS_GROUP","LIVE_CASE_TRACKING","CONTACT_AND_DECISION_AUDITS",
                                "STRATEGY_MEETING_AUDITS","INTERVIEWS"],
                     "plannedStart":"2021-11-22","plannedEnd":"2021-11-22"}""")}))
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = AuditView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response plan(@Valid @NotNull PlanAuditRequest request, UriInfo uri) {
        AuditView planned = AuditView.of(audits.plan(new Audits.NewAudit(
                CouncilCodes.canonicalOrSame(request.localAuthority()), request.type(),
                request.methods() == null || request.methods().isEmpty() ? EnumSet.noneOf(AuditType.Method.class)
                        : EnumSet.copyOf(request.methods()),
                request.theme().trim(), OptionalText.of(request.scope()),
                request.teams() == null ? List.of() : request.teams().stream().map(String::trim).distinct().toList(),
                OptionalText.of(request.leadAuditor()), OptionalText.of(request.toolKey()), request.toolVersion(),
                request.plannedStart(), request.plannedEnd())));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/audits").path(planned.id().toString()).build())
                .entity(planned).build();
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "listAudits", summary = "Audits, newest first")
    @APIResponse(responseCode = "200", description = "A page of audits")
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageOf<AuditView> list(@QueryParam("localAuthority") @CouncilCode @Parameter(example = "E06000015")
                                  String localAuthority,
                                  @QueryParam("status") @Parameter(example = "IN_PROGRESS") String status,
                                  @QueryParam("type") @Parameter(example = "CASE_FILE_AUDIT") String type,
                                  @BeanParam PageRequest page) {
        PageRequest requested = new PageRequest(page.page(), page.size());
        Audits.Found found = audits.list(CouncilCodes.canonicalOrSame(localAuthority),
                QueryParams.enumValue("status", status, AuditStatus.class),
                QueryParams.enumValue("type", type, AuditType.class), requested.page(), requested.size());
        return PageOf.of(found.audits().stream().map(AuditView::of).toList(), requested, found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN, Roles.BOARD, Roles.INTEGRATION})
    @Operation(operationId = "getAudit", summary = "One audit",
            description = "Readable with the integration role too: action-plan-service titles a recommendation's source by it.")
    @APIResponse(responseCode = "200", description = "The audit", content = @Content(schema = @Schema(implementation = AuditView.class)))
    @APIResponse(responseCode = "404", description = "No audit with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AuditView get(@PathParam("id") UUID id) {
        return AuditView.of(audits.get(id));
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.AUDIT_MOVE, resourceType = "audit")
    @Operation(operationId = "moveAudit", summary = "Move an audit to its next step",
            description = "Planned → sampling → in progress → moderation → completed; cancelled, with a reason, from any "
                    + "step before completion. Moderation and completion need case audits submitted and none in draft "
                    + "(an assurance visit may have none). Completion and cancellation are published.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MoveAuditRequest.class),
            examples = @ExampleObject(name = "start", value = "{\"status\":\"IN_PROGRESS\"}")))
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = AuditView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No audit with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a step the audit can take from where it is",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AuditView move(@PathParam("id") UUID id, @Valid @NotNull MoveAuditRequest request) {
        return AuditView.of(audits.move(id, request.status(), OptionalText.of(request.reason())));
    }

    @POST
    @Path("/{id}/sample")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.AUDIT_SAMPLE, resourceType = "audit")
    @Operation(operationId = "useSample", summary = "Choose the dip sample the audit's case audits come from",
            description = "While the audit is planned or sampling; the sample is of the audit's council. Case audits "
                    + "are then only of the sample's cases.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UseSampleRequest.class),
            examples = @ExampleObject(name = "sample", value = "{\"sampleId\":\"018c4a1e-7b2a-7c3d-9e4f-0123456789ab\"}")))
    @APIResponse(responseCode = "200", description = "Chosen", content = @Content(schema = @Schema(implementation = AuditView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No audit with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The audit's sampling is over",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AuditView useSample(@PathParam("id") UUID id, @Valid @NotNull UseSampleRequest request) throws SQLException {
        return AuditView.of(audits.useSample(id, request.sampleId()));
    }

    @POST
    @Path("/{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.FINDING_RECORD, resourceType = "audit-finding")
    @Operation(operationId = "recordFinding", summary = "Record a finding of the audit",
            description = "Once its work has started; not of a cancelled audit.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordFindingRequest.class),
            examples = @ExampleObject(name = "area for development", value = """
                    {"kind":"AREA_FOR_DEVELOPMENT","text":"Strategy meetings rarely include education"}""")))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = FindingView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No audit with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The audit has not started, or was cancelled",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response recordFinding(@PathParam("id") UUID id, @Valid @NotNull RecordFindingRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(FindingView.of(findings.record(id, request.kind(), request.text().trim()))).build();
    }

    @GET
    @Path("/{id}/findings")
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "listFindings", summary = "The audit's findings, by number")
    @APIResponse(responseCode = "200", description = "Its findings")
    @APIResponse(responseCode = "404", description = "No audit with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<FindingView> findings(@PathParam("id") UUID id) {
        return findings.findings(id).stream().map(FindingView::of).toList();
    }

    @POST
    @Path("/{id}/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.RECOMMENDATION_RAISE, resourceType = "audit-recommendation")
    @Operation(operationId = "raiseRecommendation", summary = "Raise a recommendation of the audit",
            description = "Published on safeguarding.audits.v1 for action-plan-service: its number, references and where "
                    + "to read it (the text stays here; a consumer reads it with its own token).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RaiseRecommendationRequest.class),
            examples = @ExampleObject(name = "education at strategy meetings", value = """
                    {"references":["4.2","5.1-5.3"],"theme":"Multi-agency working",
                     "text":"Education attend every strategy meeting for a school-age child",
                     "addressedTo":"Derby Safeguarding Children Partnership"}""")))
    @APIResponse(responseCode = "201", description = "Raised", content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No audit with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The audit has not started, or was cancelled",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response raiseRecommendation(@PathParam("id") UUID id, @Valid @NotNull RaiseRecommendationRequest request,
                                        UriInfo uri) {
        RecommendationView raised = RecommendationView.of(findings.raise(id, new AuditFindings.NewRecommendation(
                request.references() == null ? List.of() : request.references().stream().map(String::trim).toList(),
                OptionalText.of(request.theme()), request.text().trim(), OptionalText.of(request.addressedTo()))));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/audits").path(id.toString()).path("recommendations")
                .path(raised.id().toString()).build()).entity(raised).build();
    }

    @GET
    @Path("/{id}/recommendations")
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN, Roles.BOARD, Roles.INTEGRATION})
    @Operation(operationId = "listRecommendations", summary = "The audit's recommendations, by number")
    @APIResponse(responseCode = "200", description = "Its recommendations")
    @APIResponse(responseCode = "404", description = "No audit with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<RecommendationView> recommendations(@PathParam("id") UUID id) {
        return findings.recommendations(id).stream().map(RecommendationView::of).toList();
    }

    @GET
    @Path("/{id}/recommendations/{recommendationId}")
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN, Roles.BOARD, Roles.INTEGRATION})
    @Operation(operationId = "getRecommendation", summary = "One recommendation: where a recommendation-raised event points")
    @APIResponse(responseCode = "200", description = "The recommendation",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "404", description = "No such recommendation in this audit",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RecommendationView recommendation(@PathParam("id") UUID id,
                                             @PathParam("recommendationId") UUID recommendationId) {
        return RecommendationView.of(findings.recommendation(id, recommendationId));
    }

}
