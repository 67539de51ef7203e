package uk.gov.safeguarding.kpi.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.imports.Workbook;
import uk.gov.safeguarding.chassis.problem.LargeBody;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.rest.PageOf;
import uk.gov.safeguarding.chassis.rest.PageRequest;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.chassis.uploads.UploadQueries;
import uk.gov.safeguarding.chassis.uploads.UploadRuns;
import uk.gov.safeguarding.kpi.imports.AnnexAUploadJob;

@Path("/api/v1/annex-a/uploads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Annex A")
public class AnnexAUploadResource {

    private static final String NOUN = "Annex A upload";

    private final UploadRuns uploads;
    private final UploadQueries queries;

    public AnnexAUploadResource(UploadRuns uploads, UploadQueries queries) {
        this.uploads = uploads;
        this.queries = queries;
    }

    @POST
    @Consumes({Workbook.MEDIA_TYPE, ProblemResponses.CSV})
    @LargeBody
    @RolesAllowed({Roles.INTEGRATION, Roles.ANALYST, Roles.ADMIN})
    @ActivityLogged(action = KpiActions.ANNEX_A_UPLOAD_START, resourceType = AnnexAUploadJob.KIND)
    @Operation(operationId = "startAnnexAUpload", summary = "Send an Ofsted Annex A workbook (.xlsx) as it is, or one list as CSV",
            description = "The inspection template's workbook, one sheet per list: each sheet is taken for the list "
                    + "its header row shows (not its name or place); Lists 3 to 8 are loaded, the others reported as "
                    + "skipped. Or the CSV of one list, with list=3 to 8. Coded columns may hold the bare code, the "
                    + "template's lettered drop-down form ('f) U6: Foster placement - not FFA'), the code and its "
                    + "description, or the drop-down's words; dates may be date cells, serial numbers, or text as "
                    + "DD/MM/YYYY or YYYY-MM-DD. The file is read after the answer, a row at a time, in chunks of 2,000 "
                    + "rows: poll the Location for progress, and its errors for the rows refused. A row is stored whole "
                    + "(a List 7 row's plan, visit and review) or not at all; sending the file again replaces, never "
                    + "doubles.")
    @RequestBody(content = {
            @Content(mediaType = Workbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ProblemResponses.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Accepted; poll the Location for progress",
            content = @Content(schema = @Schema(implementation = AnnexAUploadView.class)))
    @APIResponse(responseCode = "400", description = "No council given, or a CSV without its list (or a workbook with one)",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = ProblemDocs.TOO_LARGE,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response start(@QueryParam("localAuthority") @Parameter(required = true, example = "E06000015")
                          String localAuthority,
                          @QueryParam("list") @Parameter(description = "For a CSV: the list it is of, 3 to 8", example = "7")
                          String list,
                          @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                          InputStream body, UriInfo uri) {
        String council = CouncilCodes.require("localAuthority", localAuthority);
        boolean workbook = contentType != null && contentType.startsWith(Workbook.MEDIA_TYPE);
        Integer number = QueryParams.integer("list", list, 3, 8);
        if (workbook && number != null) {
            throw ProblemException.invalid("list", "is for the CSV of one list: a workbook's sheets are told by their headers");
        }
        if (!workbook && number == null) {
            throw ProblemException.invalid("list", "is required for a CSV: the Annex A list it is of, 3 to 8");
        }
        var started = uploads.start(new UploadRuns.Request(AnnexAUploadJob.KIND,
                workbook ? AnnexAUploadJob.XLSX : AnnexAUploadJob.CSV, council, number), body);
        AnnexAUploadView view = AnnexAUploadView.of(new UploadQueries.Upload(started, List.of()));
        return Response.accepted(view)
                .location(uri.getBaseUriBuilder().path("api/v1/annex-a/uploads").path(view.id().toString()).build())
                .build();
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "listAnnexAUploads", summary = "List Annex A uploads, newest first")
    @APIResponse(responseCode = "200", description = "A page of uploads")
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageOf<AnnexAUploadView> list(@BeanParam PageRequest page) {
        PageRequest requested = new PageRequest(page.page(), page.size());
        UploadQueries.Uploads found = queries.list(AnnexAUploadJob.KIND, requested);
        return PageOf.of(found.uploads().stream().map(AnnexAUploadView::of).toList(), requested, found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTEGRATION, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "getAnnexAUpload", summary = "Progress of an Annex A upload: rows read, stored and refused, sheet by sheet")
    @APIResponse(responseCode = "200", description = "The upload",
            content = @Content(schema = @Schema(implementation = AnnexAUploadView.class)))
    @APIResponse(responseCode = "404", description = "No upload with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AnnexAUploadView get(@PathParam("id") UUID id) {
        return AnnexAUploadView.of(queries.get(AnnexAUploadJob.KIND, NOUN, id));
    }

    @GET
    @Path("/{id}/errors")
    @RolesAllowed({Roles.INTEGRATION, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "listAnnexAUploadErrors",
            summary = "The refused rows of an upload: sheet, line, column and reason (the first 10,000 are kept)")
    @APIResponse(responseCode = "200", description = "A page of row errors, sheet by sheet and by line")
    @APIResponse(responseCode = "404", description = "No upload with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageOf<AnnexAUploadErrorView> errors(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        PageRequest requested = new PageRequest(page.page(), page.size());
        UploadQueries.RowErrors errors = queries.errors(AnnexAUploadJob.KIND, NOUN, id, requested);
        return PageOf.of(errors.errors().stream()
                .map(e -> new AnnexAUploadErrorView(e.sheet(), e.line(), e.field(), e.reason())).toList(),
                requested, errors.total());
    }
}
