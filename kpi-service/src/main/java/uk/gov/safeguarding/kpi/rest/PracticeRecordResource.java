package uk.gov.safeguarding.kpi.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.problem.LargeBody;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.kpi.mapping.PracticeRecordMapper;
import uk.gov.safeguarding.kpi.domain.facts.RecordKind;
import uk.gov.safeguarding.kpi.service.PracticeRecordIntake;
import uk.gov.safeguarding.kpi.service.PracticeRecordSearch;

@Path("/api/v1/practice-records")
@Tag(name = "Practice records", description = "Referrals, assessments, s47 enquiries, plans, visits, reviews, "
        + "episodes and allocations sent by case-management systems")
public class PracticeRecordResource {

    static final String NDJSON = "application/x-ndjson";

    private final PracticeRecordBatch batch;
    private final PracticeRecordIntake intake;
    private final PracticeRecordSearch search;

    public PracticeRecordResource(PracticeRecordBatch batch, PracticeRecordIntake intake, PracticeRecordSearch search) {
        this.batch = batch;
        this.intake = intake;
        this.search = search;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.CSV})
    @RolesAllowed({Roles.INTEGRATION, Roles.AUDITOR, Roles.ANALYST, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = KpiActions.PRACTICE_RECORDS_READ, resourceType = "practice-record")
    @Operation(operationId = "findPracticeRecords", summary = "Find one council's practice records of one kind",
            description = "For an audit's population, e.g. s47 enquiries open more than 10 working days "
                    + "(kind=S47_ENQUIRY&openOnly=true&minWorkingDays=11) or CP plans of two years or more "
                    + "(kind=CP_PLAN&minDays=730). A record's span runs from the start of its piece of work (an s47's "
                    + "strategy discussion, a plan's start) to its end (an s47's initial conference), to today while "
                    + "open. In record-id order, a page at a time (after=<next>, or the Link header). A child-level "
                    + "read: the children found are named in the activity log.")
    @APIResponse(responseCode = "200", description = "A page of records",
            headers = @Header(name = "Link", description = "rel=\"next\" URL of the following page, when there is one",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PracticeRecordsPage.class)),
                    @Content(mediaType = ProblemResponses.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response find(
            @QueryParam("localAuthority") @Parameter(required = true, example = "E06000015") String localAuthority,
            @QueryParam("kind") @Parameter(required = true, example = "S47_ENQUIRY") String kind,
            @QueryParam("team") @Parameter(example = "Assessment Team 2") String team,
            @QueryParam("startFrom") @Parameter(description = "Span started on or after, YYYY-MM-DD") String startFrom,
            @QueryParam("startTo") @Parameter(description = "Span started on or before, YYYY-MM-DD") String startTo,
            @QueryParam("openOnly") @Parameter(description = "Only work not yet ended") String openOnly,
            @QueryParam("minDays") @Parameter(description = "Spans of at least this many calendar days", example = "730")
            String minDays,
            @QueryParam("minWorkingDays") @Parameter(description = "Spans of at least this many working days", example = "11")
            String minWorkingDays,
            @QueryParam("after") @Parameter(description = "The next of the previous page") String after,
            @QueryParam("limit") @Parameter(description = "Records per page, 1 to 1000 (default 200)") String limit,
            @QueryParam("format") @Parameter(description = ProblemResponses.FORMAT) String format,
            @Context UriInfo uri) {
        RecordKind recordKind = QueryParams.enumValue("kind", kind, RecordKind.class);
        if (recordKind == null) {
            throw ProblemException.invalid("kind", "is required");
        }
        LocalDate from = QueryParams.date("startFrom", startFrom);
        LocalDate to = QueryParams.date("startTo", startTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("startTo", "must not be before startFrom");
        }
        Boolean open = QueryParams.bool("openOnly", openOnly);
        PracticeRecordSearch.Page page = search.search(new PracticeRecordSearch.Query(
                CouncilCodes.require("localAuthority", localAuthority), recordKind,
                team == null || team.isBlank() ? null : team.trim(), from, to, Boolean.TRUE.equals(open),
                QueryParams.integer("minDays", minDays, 0, 36_500), QueryParams.integer("minWorkingDays", minWorkingDays, 0, 26_000),
                after == null || after.isBlank() ? null : after.trim(),
                QueryParams.integer("limit", limit, 1, PracticeRecordSearch.MAX_LIMIT)));
        PracticeRecordsPage view = new PracticeRecordsPage(page.records().stream().map(PracticeRecordView::of).toList(),
                page.next());
        Response.ResponseBuilder response = Response.ok(view);
        if (page.next() != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("after", page.next()).build(), "next");
        }
        return response.build();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @Produces(MediaType.APPLICATION_JSON)
    @LargeBody
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @ActivityLogged(action = KpiActions.PRACTICE_RECORDS_LOAD, resourceType = "practice-record-batch")
    @Operation(operationId = "sendPracticeRecords", summary = "Send a batch of practice records",
            description = "A JSON array, or NDJSON (one record per line), of up to 10,000 records. Each record is "
                    + "identified by localAuthority, kind and recordId: sending it again replaces it, deleted=true "
                    + "removes it. Valid records are stored together; the others are reported with their position, "
                    + "field and reason. The KPIs of the months they touch are worked out again within seconds.")
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PracticeRecordRequest.class),
            examples = @ExampleObject(name = "assessment and visit", value = """
                    [{"kind":"ASSESSMENT","recordId":"LL-ASM-102938","localAuthority":"E06000015","childRef":"DB1234567",
                      "team":"Assessment Team 2","referralDate":"2021-04-01","startDate":"2021-04-02","authorisedDate":"2021-06-08"},
                     {"kind":"CP_VISIT","recordId":"LL-VIS-5521","localAuthority":"E06000015","childRef":"DB7654321",
                      "date":"2021-04-16","seenAlone":true},
                     {"kind":"CP_VISIT","recordId":"LL-VIS-5499","localAuthority":"E06000015","deleted":true}]""")),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    description = "One practice record (as in the JSON array) per line; a line that is not JSON "
                            + "is reported as a failed item and the rest are stored"))})
    @APIResponse(responseCode = "200", description = "What was stored or deleted, and which records failed",
            content = @Content(schema = @Schema(implementation = BatchReport.class),
                    examples = @ExampleObject(name = "one failed", value = """
                            {"received":3,"stored":2,"deleted":0,"failed":1,
                             "errors":[{"item":2,"recordId":"LL-ASM-102939","field":"authorisedDate","reason":"must not be before startDate"}]}""")))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array (or NDJSON) at all",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 10,000 records, or a body over the upload limit",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public BatchReport send(InputStream body, @Context HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        boolean ndjson = type != null && NDJSON.equals(type.getType() + "/" + type.getSubtype());
        PracticeRecordBatch.Read read = batch.read(body, ndjson);
        return PracticeRecordMapper.toReport(intake.load(read.items(), read.errors()));
    }
}
