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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.audit.service.Escalations;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.rest.PageOf;
import uk.gov.safeguarding.chassis.rest.PageRequest;
import uk.gov.safeguarding.chassis.security.Roles;

@Path("/api/v1/escalations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalations", description = "A child an auditor finds at risk now: published at once, open until a manager "
        + "acknowledges it, overdue (and published again, once) after the end of the next working day")
public class EscalationResource {

    private final Escalations escalations;

    public EscalationResource(Escalations escalations) {
        this.escalations = escalations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.ESCALATION_RAISE, resourceType = "escalation")
    @Operation(operationId = "raiseEscalation", summary = "Flag a child found at risk now",
            description = "Published at once on safeguarding.audits.v1 (the child's ref and the times, never the concern). "
                    + "Due to be acknowledged by a manager by the end of the next working day.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RaiseEscalationRequest.class),
            examples = @ExampleObject(name = "found in a case audit", value = """
                    {"localAuthority":"E06000015","childRef":"DB1234567",
                     "concern":"No visit for 9 weeks while on a plan; school reports new injuries"}""")))
    @APIResponse(responseCode = "201", description = "Raised", content = @Content(schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response raise(@Valid @NotNull RaiseEscalationRequest request, UriInfo uri) {
        EscalationView raised = EscalationView.of(escalations.raise(new Escalations.NewEscalation(
                CouncilCodes.canonicalOrSame(request.localAuthority()), request.auditId(), request.childRef(),
                request.concern().trim())));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/escalations").path(raised.id().toString()).build())
                .entity(raised).build();
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.ESCALATION_ACKNOWLEDGE, resourceType = "escalation")
    @Operation(operationId = "acknowledgeEscalation", summary = "A manager takes the escalation on",
            description = "Never the person who raised it. Published on safeguarding.audits.v1.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AcknowledgeEscalationRequest.class),
            examples = @ExampleObject(name = "taken on", value = "{\"note\":\"Strategy discussion today\"}")))
    @APIResponse(responseCode = "200", description = "Acknowledged", content = @Content(schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No escalation with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Acknowledged already, or by the person who raised it",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public EscalationView acknowledge(@PathParam("id") UUID id, @Valid AcknowledgeEscalationRequest request) {
        return EscalationView.of(escalations.acknowledge(id, request == null || request.note() == null ? null
                : request.note().trim()));
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN, Roles.BOARD})
    @ActivityLogged(action = AuditActions.ESCALATION_READ, resourceType = "escalation")
    @Operation(operationId = "listEscalations", summary = "Escalations, newest first: all, open or overdue")
    @APIResponse(responseCode = "200", description = "A page of escalations")
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageOf<EscalationView> list(@QueryParam("localAuthority") @CouncilCode @Parameter(example = "E06000015")
                                       String localAuthority,
                                       @QueryParam("status") @Parameter(description = "open or overdue; all when left out")
                                       String status,
                                       @BeanParam PageRequest page) {
        String wanted = status == null || status.isBlank() ? "all" : status.trim().toLowerCase(java.util.Locale.ROOT);
        if (!wanted.equals("all") && !wanted.equals("open") && !wanted.equals("overdue")) {
            throw new uk.gov.safeguarding.audit.domain.audit.AuditRefused("status", "must be open or overdue");
        }
        PageRequest requested = new PageRequest(page.page(), page.size());
        Escalations.Found found = escalations.list(CouncilCodes.canonicalOrSame(localAuthority), wanted.equals("open"),
                wanted.equals("overdue"), requested.page(), requested.size());
        return PageOf.of(found.escalations().stream().map(EscalationView::of).toList(), requested, found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.ESCALATION_READ, resourceType = "escalation")
    @Operation(operationId = "getEscalation", summary = "One escalation")
    @APIResponse(responseCode = "200", description = "The escalation", content = @Content(schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "404", description = "No escalation with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public EscalationView get(@PathParam("id") UUID id) {
        return EscalationView.of(escalations.get(id));
    }
}
