package uk.gov.safeguarding.audit.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.audit.domain.audit.AuditRefused;
import uk.gov.safeguarding.audit.domain.audit.AuditTool;
import uk.gov.safeguarding.audit.domain.audit.GradeScale;
import uk.gov.safeguarding.audit.service.AuditTools;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.security.Roles;

@Path("/api/v1/audit-tools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit tools", description = "Audit templates as versioned data: questions, graded domains and the grade scale")
public class AuditToolResource {

    private final AuditTools tools;

    public AuditToolResource(AuditTools tools) {
        this.tools = tools;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.TOOL_PUBLISH, resourceType = "audit-tool")
    @Operation(operationId = "publishAuditTool", summary = "Publish the next version of an audit tool",
            description = "Versions are never changed: audits planned with an earlier version keep it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishToolRequest.class),
            examples = @ExampleObject(name = "strategy meetings", value = """
                    {"key":"strategy-meeting-audit","name":"Strategy meeting audit",
                     "questions":[{"id":"police-attended","text":"Did the police attend?"},
                                  {"id":"health-attended","text":"Did health attend?"},
                                  {"id":"education-attended","text":"Did education attend?"}],
                     "domains":["MULTI_AGENCY_WORKING","MANAGEMENT_OVERSIGHT"]}""")))
    @APIResponse(responseCode = "201", description = "Published", content = @Content(schema = @Schema(implementation = AuditToolView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response publish(@Valid @NotNull PublishToolRequest request, UriInfo uri) {
        AuditToolView published = AuditToolView.of(tools.publish(new AuditTools.NewVersion(request.key(),
                request.name().trim(), request.questions().stream()
                .map(q -> new AuditTool.Question(q.id(), q.text().trim())).toList(), request.domains(), scale(request.scale()))));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/audit-tools").path(published.key())
                .path("versions").path(String.valueOf(published.version())).build()).entity(published).build();
    }

    private static GradeScale scale(PublishToolRequest.Scale scale) {
        if (scale == null) {
            return null;
        }
        try {
            return new GradeScale(scale.name().trim(), scale.grades(), scale.goodOrBetter());
        } catch (AuditRefused refused) {
            throw new AuditRefused("scale." + refused.field(), refused.getMessage());
        }
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "listAuditTools", summary = "The latest version of each audit tool")
    @APIResponse(responseCode = "200", description = "By key")
    public List<AuditToolView> latest() {
        return tools.latest().stream().map(AuditToolView::of).toList();
    }

    @GET
    @Path("/{key}/versions")
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "listAuditToolVersions", summary = "Every version of one audit tool, oldest first")
    @APIResponse(responseCode = "200", description = "Its versions")
    @APIResponse(responseCode = "404", description = "No tool with this key",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<AuditToolView> versions(@PathParam("key") String key) {
        return tools.versions(key).stream().map(AuditToolView::of).toList();
    }

    @GET
    @Path("/{key}/versions/{version}")
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "getAuditToolVersion", summary = "One version of an audit tool")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(schema = @Schema(implementation = AuditToolView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AuditToolView version(@PathParam("key") String key, @PathParam("version") int version) {
        return AuditToolView.of(tools.version(key, version));
    }
}
