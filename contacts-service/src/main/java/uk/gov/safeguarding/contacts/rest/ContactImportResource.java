package uk.gov.safeguarding.contacts.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.imports.Workbook;
import uk.gov.safeguarding.chassis.problem.LargeBody;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.rest.PageOf;
import uk.gov.safeguarding.chassis.rest.PageRequest;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.chassis.uploads.UploadQueries;
import uk.gov.safeguarding.chassis.uploads.UploadRuns;
import uk.gov.safeguarding.contacts.imports.ContactImportJob;
import uk.gov.safeguarding.contacts.imports.ImportFormat;
import uk.gov.safeguarding.contacts.service.ContactActions;

@Path("/api/v1/contact-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Batch intake", description = "Historic data and case-management exports: CSV, Annex A List 1, NDJSON")
public class ContactImportResource {

    public static final String NDJSON = "application/x-ndjson";
    private static final String CSV_EXAMPLE = """
            sender_ref,local_authority,received_at,source,channel,child_ref,sex,birth_month,unborn,concern_codes,outcome,decided_at
            LL-1,E06000015,2021-03-01T09:15:00Z,2A,PHONE,DB1234567,F,2016-04,false,3A,CIN_REFERRAL,2021-03-01T15:00:00Z
            """;

    private static final String NDJSON_DESCRIPTION = "One RecordContact JSON object per line, each with a senderRef "
            + "and optionally a historic decision: {..., \"decision\": {\"outcome\": \"STRATEGY_DISCUSSION\", "
            + "\"decidedAt\": \"2021-03-01T12:00:00Z\", \"referrerInformedAt\": \"2021-03-02T09:00:00Z\", "
            + "\"referrerInformedMethod\": \"EMAIL\"}}";

    private static final String NOUN = "contact import";

    private final UploadRuns uploads;
    private final UploadQueries queries;

    public ContactImportResource(UploadRuns uploads, UploadQueries queries) {
        this.uploads = uploads;
        this.queries = queries;
    }

    @POST
    @Consumes({"text/csv", NDJSON, Workbook.MEDIA_TYPE})
    @LargeBody
    @RolesAllowed({Roles.INTEGRATION, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = ContactActions.IMPORT_START, resourceType = "contact-import")
    @Operation(operationId = "startContactImport", summary = "Send a batch file of contacts",
            description = "CSV with this service's columns, Ofsted Annex A List 1 CSV (told apart by its header, or "
                    + "format=annex-a), NDJSON (one API contact per line, with an optional historic decision), or the "
                    + "Annex A workbook (.xlsx) as it is: its List 1 sheet is found by its header row and read a row at "
                    + "a time, the other lists reported as skipped (skippedSheets). Coded cells may hold the code, the "
                    + "template's lettered form ('q) 6: Police'), the code with its description, or the drop-down's "
                    + "words; dates may be date cells, serial numbers or text (DD/MM/YYYY, YYYY-MM-DD). "
                    + "The file is read after the answer: poll the Location for progress. Rows are keyed by "
                    + "sender_ref (Annex A: child, date and source), so sending a file again adds nothing twice.")
    @RequestBody(content = {
            @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, description = NDJSON_DESCRIPTION)),
            @Content(mediaType = Workbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Accepted; poll the Location for progress",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = ProblemDocs.TOO_LARGE,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response start(
            @QueryParam("format") @Parameter(description = "csv, annex-a, ndjson or xlsx; from the content type if left out")
            String format,
            @QueryParam("localAuthority") @CouncilCode
            @Parameter(description = "For rows without one; required for Annex A", example = "E06000015")
            String localAuthority,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body, UriInfo uri) {
        ImportFormat chosen = format == null ? null : ImportFormat.parse(format)
                .orElseThrow(() -> ProblemException.invalid("format", "must be csv, annex-a, ndjson or xlsx"));
        boolean workbook = contentType != null && contentType.startsWith(Workbook.MEDIA_TYPE);
        if (chosen == null) {
            chosen = workbook ? ImportFormat.XLSX
                    : contentType != null && contentType.startsWith(NDJSON) ? ImportFormat.NDJSON : ImportFormat.CSV;
        }
        if (workbook != (chosen == ImportFormat.XLSX)) {
            throw ProblemException.invalid("format", workbook ? "must be xlsx (or left out) for a workbook"
                    : "xlsx needs the body sent as " + Workbook.MEDIA_TYPE);
        }
        if ((chosen == ImportFormat.ANNEX_A || chosen == ImportFormat.XLSX) && localAuthority == null) {
            throw ProblemException.invalid("localAuthority", "is required for an Annex A file");
        }
        var started = uploads.start(new UploadRuns.Request(ContactImportJob.KIND, chosen.name(),
                CouncilCodes.canonicalOrSame(localAuthority), null), body);
        ImportView run = ImportView.of(new UploadQueries.Upload(started, List.of()));
        return Response.accepted(run)
                .location(uri.getBaseUriBuilder().path("api/v1/contact-imports").path(run.id().toString()).build())
                .build();
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "listContactImports", summary = "List batch runs, newest first")
    @APIResponse(responseCode = "200", description = "A page of runs")
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageOf<ImportView> list(@BeanParam PageRequest page) {
        PageRequest requested = new PageRequest(page.page(), page.size());
        UploadQueries.Uploads runs = queries.list(ContactImportJob.KIND, requested);
        return PageOf.of(runs.uploads().stream().map(ImportView::of).toList(), requested, runs.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTEGRATION, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getContactImport", summary = "Progress of a batch run: rows read, stored, duplicate, failed")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", description = "No run with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ImportView get(@PathParam("id") UUID id) {
        return ImportView.of(queries.get(ContactImportJob.KIND, NOUN, id));
    }

    @GET
    @Path("/{id}/errors")
    @RolesAllowed({Roles.INTEGRATION, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "listContactImportErrors",
            summary = "The refused rows of a run: line, field and reason (the first 10,000 are kept)")
    @APIResponse(responseCode = "200", description = "A page of row errors, by line")
    @APIResponse(responseCode = "404", description = "No run with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageOf<ImportErrorView> errors(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        PageRequest requested = new PageRequest(page.page(), page.size());
        UploadQueries.RowErrors errors = queries.errors(ContactImportJob.KIND, NOUN, id, requested);
        return PageOf.of(errors.errors().stream().map(e -> new ImportErrorView(e.line(), e.field(), e.reason())).toList(),
                requested, errors.total());
    }
}
