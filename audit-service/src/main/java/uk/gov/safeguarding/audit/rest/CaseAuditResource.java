package uk.gov.safeguarding.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.audit.domain.audit.AuditRefused;
import uk.gov.safeguarding.audit.domain.audit.CaseAudit;
import uk.gov.safeguarding.audit.domain.audit.CaseAuditGrades;
import uk.gov.safeguarding.audit.service.CaseAudits;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.rest.PageOf;
import uk.gov.safeguarding.chassis.rest.PageRequest;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.chassis.text.OptionalText;

@Path("/api/v1/audits/{auditId}/case-audits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case audits", description = "One audit per sampled case: answers and grades, drafted then submitted, "
        + "moderated by a second auditor")
public class CaseAuditResource {

    private static final String EXAMPLE = """
            {"childRef":"DB1234567","team":"Assessment",
             "answers":{"seen-alone":{"reply":"YES"},"voice-recorded":{"reply":"NO","comment":"Not in the plan"},
                        "history-considered":{"reply":"YES"},"strategy-timely":{"reply":"NOT_APPLICABLE"},
                        "plan-smart":{"reply":"YES"},"oversight-recorded":{"reply":"YES"}},
             "grades":{"ASSESSMENT":"GOOD","PLANNING":"GOOD","VOICE_OF_THE_CHILD":"REQUIRES_IMPROVEMENT",
                       "MANAGEMENT_OVERSIGHT":"GOOD","MULTI_AGENCY_WORKING":"GOOD"},
             "overall":"GOOD","strengths":"Timely visits","areasForDevelopment":"Record the child's views in the plan",
             "submit":true}""";

    private final CaseAudits caseAudits;

    public CaseAuditResource(CaseAudits caseAudits) {
        this.caseAudits = caseAudits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.CASE_AUDIT_START, resourceType = "case-audit")
    @Operation(operationId = "startCaseAudit", summary = "Start a case audit (a draft, or submitted at once)",
            description = "While the audit is in progress; of one of its sample's cases when it has a sample; one per "
                    + "case. Submitting publishes the grades on safeguarding.audits.v1 (never the free text).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseAuditRequest.class),
            examples = @ExampleObject(name = "submitted at once", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Started", content = @Content(schema = @Schema(implementation = CaseAuditView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No audit with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The audit is not in progress, or has this case's audit already",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response start(@PathParam("auditId") UUID auditId, @Valid @NotNull CaseAuditRequest request, UriInfo uri)
            throws SQLException {
        if (request.childRef() == null) {
            throw new AuditRefused("childRef", "is needed to start a case audit");
        }
        CaseAuditView started = CaseAuditView.of(caseAudits.start(auditId, new CaseAudits.NewCaseAudit(
                request.childRef(), OptionalText.of(request.team()),
                request.work())));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/audits").path(auditId.toString())
                .path("case-audits").path(started.id().toString()).build()).entity(started).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.CASE_AUDIT_REVISE, resourceType = "case-audit")
    @Operation(operationId = "reviseCaseAudit", summary = "Save the draft again (and submit it with submit=true)",
            description = "Only its auditor's, only while a draft. childRef and team are as started and not read here.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseAuditRequest.class),
            examples = @ExampleObject(name = "submitted now", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = CaseAuditView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case audit in this audit",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Submitted already, another auditor's, or the audit is not in progress",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CaseAuditView revise(@PathParam("auditId") UUID auditId, @PathParam("id") UUID id,
                                @Valid @NotNull CaseAuditRequest request) {
        return CaseAuditView.of(caseAudits.revise(auditId, id, request.work()));
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.CASE_AUDIT_SUBMIT, resourceType = "case-audit")
    @Operation(operationId = "submitCaseAudit", summary = "Submit the draft as it is",
            description = "Every question answered, every domain graded and an overall grade; published on "
                    + "safeguarding.audits.v1.")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = CaseAuditView.class)))
    @APIResponse(responseCode = "400", description = "A question unanswered or a domain ungraded, named",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case audit in this audit",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Submitted already, another auditor's, or the audit is not in progress",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CaseAuditView submit(@PathParam("auditId") UUID auditId, @PathParam("id") UUID id) {
        return CaseAuditView.of(caseAudits.submit(auditId, id));
    }

    @POST
    @Path("/{id}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.CASE_AUDIT_MODERATE, resourceType = "case-audit")
    @Operation(operationId = "moderateCaseAudit", summary = "A second auditor moderates the submitted case audit",
            description = "Never its auditor; once. The same grades agree; other grades need the reason. Both sets are "
                    + "kept; summaries count the moderated ones. Published on safeguarding.audits.v1.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModerateRequest.class),
            examples = @ExampleObject(name = "a grade changed", value = """
                    {"grades":{"ASSESSMENT":"GOOD","PLANNING":"REQUIRES_IMPROVEMENT","VOICE_OF_THE_CHILD":"REQUIRES_IMPROVEMENT",
                               "MANAGEMENT_OVERSIGHT":"GOOD","MULTI_AGENCY_WORKING":"GOOD"},
                     "overall":"REQUIRES_IMPROVEMENT","reason":"The plan has no timescales"}""")))
    @APIResponse(responseCode = "200", description = "Moderated", content = @Content(schema = @Schema(implementation = CaseAuditView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case audit in this audit",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not submitted, moderated already, by its own auditor, or the audit "
            + "is past moderation", content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CaseAuditView moderate(@PathParam("auditId") UUID auditId, @PathParam("id") UUID id,
                                  @Valid @NotNull ModerateRequest request) {
        return CaseAuditView.of(caseAudits.moderate(auditId, id, new CaseAuditGrades(request.grades(), request.overall()),
                OptionalText.of(request.reason())));
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.CASE_AUDIT_READ, resourceType = "case-audit")
    @Operation(operationId = "listCaseAudits", summary = "The audit's case audits, in the order started")
    @APIResponse(responseCode = "200", description = "A page of case audits")
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No audit with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageOf<CaseAuditView> list(@PathParam("auditId") UUID auditId,
                                      @QueryParam("status") @Parameter(description = "DRAFT or SUBMITTED") String status,
                                      @BeanParam PageRequest page) {
        PageRequest requested = new PageRequest(page.page(), page.size());
        CaseAudits.Found found = caseAudits.list(auditId, QueryParams.enumValue("status", status, CaseAudit.Status.class),
                requested.page(), requested.size());
        return PageOf.of(found.caseAudits().stream().map(CaseAuditView::of).toList(), requested, found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.CASE_AUDIT_READ, resourceType = "case-audit")
    @Operation(operationId = "getCaseAudit", summary = "One case audit, with its moderation")
    @APIResponse(responseCode = "200", description = "The case audit", content = @Content(schema = @Schema(implementation = CaseAuditView.class)))
    @APIResponse(responseCode = "404", description = "No such case audit in this audit",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CaseAuditView get(@PathParam("auditId") UUID auditId, @PathParam("id") UUID id) {
        return CaseAuditView.of(caseAudits.get(auditId, id));
    }
}
