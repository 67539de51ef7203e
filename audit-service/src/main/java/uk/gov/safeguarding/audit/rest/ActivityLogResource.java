package uk.gov.safeguarding.audit.rest;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.audit.service.Checkpoints;
import uk.gov.safeguarding.audit.service.LogKey;
import uk.gov.safeguarding.audit.service.LogProofs;
import uk.gov.safeguarding.audit.service.LogQueries;
import uk.gov.safeguarding.audit.service.LogVerification;
import uk.gov.safeguarding.audit.service.RequestRefused;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.chassis.text.OptionalText;

@Path("/api/v1/activity-log")
@Tag(name = "Activity log", description = "Who did what to which child's record, in every service: an append-only "
        + "Merkle tree log with signed checkpoints, inclusion and consistency proofs, and verification")
public class ActivityLogResource {

    private static final String NOTE = "text/plain; charset=utf-8";
    private static final long MAX_SEQ = Long.MAX_VALUE / 2;

    private final LogQueries queries;
    private final LogProofs proofs;
    private final Checkpoints checkpoints;
    private final LogVerification verification;
    private final LogKey key;

    public ActivityLogResource(LogQueries queries, LogProofs proofs, Checkpoints checkpoints,
                               LogVerification verification, LogKey key) {
        this.queries = queries;
        this.proofs = proofs;
        this.checkpoints = checkpoints;
        this.verification = verification;
        this.key = key;
    }

    @GET
    @Path("/entries")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.LOG_READ, resourceType = "activity-log", childRefParameter = "childRef")
    @Operation(operationId = "findLogEntries", summary = "Find entries: by actor, child, service, record, action or time",
            description = "In sequence order, a page at a time (after=<next>). childRef finds every read and change of "
                    + "one child's records across the services. This search is itself logged, naming the child.")
    @APIResponse(responseCode = "200", description = "A page of entries",
            headers = @Header(name = "Link", description = "rel=\"next\" URL of the following page, when there is one",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogEntriesPage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response entries(
            @QueryParam("actor") @Parameter(description = "Token subject", example = "jane.smith") String actor,
            @QueryParam("childRef") @Parameter(description = "A child's pseudonymous ref", example = "DB1234567") String childRef,
            @QueryParam("service") @Parameter(example = "contacts-service") String service,
            @QueryParam("resourceType") @Parameter(example = "contact") String resourceType,
            @QueryParam("resourceId") String resourceId,
            @QueryParam("action") @Parameter(example = "contact.read") String action,
            @QueryParam("from") @Parameter(description = "Occurred at or after: a time or a day", example = "2021-11-22")
            String from,
            @QueryParam("to") @Parameter(description = "Occurred before: a time or a day", example = "2021-11-23") String to,
            @QueryParam("after") @Parameter(description = "The next of the previous page") String after,
            @QueryParam("limit") @Parameter(description = "Entries per page, 1 to 1000 (default 100)") String limit,
            @QueryParam("format") @Parameter(description = "csv or json, for tools that cannot set Accept") String format,
            UriInfo uri) throws SQLException {
        LogQueries.Page page = queries.find(new LogQueries.Query(OptionalText.of(actor), OptionalText.of(childRef),
                OptionalText.of(service), OptionalText.of(resourceType), OptionalText.of(resourceId), OptionalText.of(action),
                QueryParams.instant("from", from), QueryParams.instant("to", to),
                QueryParams.longValue("after", after, -1, MAX_SEQ),
                QueryParams.integer("limit", limit, 1, LogQueries.MAX_LIMIT)));
        LogEntriesPage view = new LogEntriesPage(page.entries().stream().map(LogEntryView::of).toList(), page.next());
        Response.ResponseBuilder response = Response.ok(view);
        if (page.next() != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("after", page.next()).build(), "next");
        }
        return response.build();
    }

    @GET
    @Path("/entries/{seq}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.LOG_READ, resourceType = "activity-log", idParameter = "seq")
    @Operation(operationId = "getLogEntry", summary = "One entry, with the canonical text its leaf hashes")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(schema = @Schema(implementation = LogEntryView.class)))
    @APIResponse(responseCode = "404", description = "No entry at this sequence number",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public LogEntryView entry(@PathParam("seq") @Parameter(example = "1042") String seq) throws SQLException {
        long number = sequenceNumber(seq);
        return queries.get(number).map(LogEntryView::of).orElseThrow(() -> new RequestRefused(RequestRefused.Kind.NOT_FOUND,
                "seq", "no entry " + number + " in the log"));
    }

    @GET
    @Path("/entries/{seq}/inclusion")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.LOG_PROVE, resourceType = "activity-log", idParameter = "seq")
    @Operation(operationId = "proveLogEntry", summary = "Prove an entry is in a signed checkpoint",
            description = "RFC 9162 inclusion proof against the checkpoint of treeSize entries (the latest when left out).")
    @APIResponse(responseCode = "200", description = "The proof, the entry and the checkpoint",
            content = @Content(schema = @Schema(implementation = InclusionProofView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such entry, or no checkpoint of that size",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public InclusionProofView inclusion(@PathParam("seq") @Parameter(example = "1042") String seq,
                                        @QueryParam("treeSize") @Parameter(description = "A signed checkpoint's size")
                                        String treeSize) throws SQLException {
        return InclusionProofView.of(proofs.inclusion(sequenceNumber(seq), QueryParams.longValue("treeSize", treeSize, 1, MAX_SEQ)));
    }

    @GET
    @Path("/entries/{seq}/tlog-proof")
    @Produces(NOTE)
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.LOG_PROVE, resourceType = "activity-log", idParameter = "seq")
    @Operation(operationId = "proveLogEntryOffline", summary = "The inclusion proof as a C2SP tlog-proof file",
            description = "Index, proof and signed checkpoint in one text file, the entry's canonical JSON in its extra "
                    + "line: checkable offline with the log's verifier key and nothing else.")
    @APIResponse(responseCode = "200", description = "The tlog-proof",
            content = @Content(mediaType = NOTE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such entry, or no checkpoint of that size",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response tlogProof(@PathParam("seq") @Parameter(example = "1042") String seq,
                              @QueryParam("treeSize") @Parameter(description = "A signed checkpoint's size") String treeSize)
            throws SQLException {
        long number = sequenceNumber(seq);
        return Response.ok(proofs.inclusion(number, QueryParams.longValue("treeSize", treeSize, 1, MAX_SEQ)).tlogProof())
                .header("Content-Disposition", "attachment; filename=\"activity-log-" + number + ".tlog-proof\"").build();
    }

    @GET
    @Path("/consistency")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.MANAGER, Roles.BOARD, Roles.INTEGRATION})
    @Operation(operationId = "proveLogConsistency", summary = "Prove a later checkpoint is an earlier one grown",
            description = "RFC 9162 consistency proof from the checkpoint of `from` entries to the one of `to` (the "
                    + "latest when left out). Whoever keeps an earlier checkpoint checks with it that nothing before it "
                    + "was changed or removed.")
    @APIResponse(responseCode = "200", description = "The proof and both checkpoints",
            content = @Content(schema = @Schema(implementation = ConsistencyProofView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No checkpoint of that size",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ConsistencyProofView consistency(
            @QueryParam("from") @Parameter(required = true, description = "The earlier checkpoint's size", example = "100")
            String from,
            @QueryParam("to") @Parameter(description = "The later checkpoint's size", example = "5000") String to)
            throws SQLException {
        Long first = QueryParams.longValue("from", from, 1, MAX_SEQ);
        if (first == null) {
            throw new RequestRefused(RequestRefused.Kind.INVALID, "from", "is required: the size of the checkpoint you hold");
        }
        return ConsistencyProofView.of(proofs.consistency(first, QueryParams.longValue("to", to, 1, MAX_SEQ)));
    }

    @GET
    @Path("/checkpoint")
    @Produces(NOTE)
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.MANAGER, Roles.BOARD, Roles.INTEGRATION, Roles.ANALYST,
            Roles.PRACTITIONER})
    @Operation(operationId = "getLatestCheckpoint", summary = "The latest signed checkpoint, as a C2SP signed note",
            description = "Origin, tree size and root hash, signed with Ed25519: verifiable with "
                    + "golang.org/x/mod/sumdb/note and the key at /api/v1/activity-log/key.")
    @APIResponse(responseCode = "200", description = "The note",
            content = @Content(mediaType = NOTE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "checkpoint", value = "safeguarding-suite.local/activity-log\n5000\n"
                            + "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n\u2014 safeguarding-suite.local/activity-log "
                            + "AAAAAF5qK2...\n")))
    @APIResponse(responseCode = "404", description = "No checkpoint signed yet",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public String latestCheckpoint() throws SQLException {
        return checkpoints.latest().orElseThrow(() -> new RequestRefused(RequestRefused.Kind.NOT_FOUND, "checkpoint",
                "no checkpoint has been signed yet")).note();
    }

    @GET
    @Path("/checkpoints")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.MANAGER, Roles.BOARD, Roles.INTEGRATION, Roles.ANALYST,
            Roles.PRACTITIONER})
    @Operation(operationId = "listCheckpoints", summary = "Signed checkpoints, latest first",
            description = "Page back with before=<the smallest size of the previous page>.")
    @APIResponse(responseCode = "200", description = "Checkpoints")
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public java.util.List<CheckpointView> listCheckpoints(
            @QueryParam("before") @Parameter(description = "Sizes below this") String before,
            @QueryParam("limit") @Parameter(description = "1 to 200 (default 20)") String limit) throws SQLException {
        Long below = QueryParams.longValue("before", before, 1, MAX_SEQ);
        Integer count = QueryParams.integer("limit", limit, 1, 200);
        return checkpoints.before(below == null ? Long.MAX_VALUE : below, count == null ? 20 : count).stream()
                .map(CheckpointView::of).toList();
    }

    @POST
    @Path("/checkpoints")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.CHECKPOINT_SIGN, resourceType = "activity-log-checkpoint")
    @Operation(operationId = "signCheckpoint", summary = "Sign a checkpoint of the log as it stands now",
            description = "Also done periodically. If nothing was added since the latest, that one is returned.")
    @APIResponse(responseCode = "200", description = "The checkpoint",
            content = @Content(schema = @Schema(implementation = CheckpointView.class)))
    @APIResponse(responseCode = "503", description = "No signing key is configured",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CheckpointView signCheckpoint() throws SQLException {
        return CheckpointView.of(checkpoints.checkpointNow());
    }

    @GET
    @Path("/key")
    @Produces(NOTE)
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.MANAGER, Roles.BOARD, Roles.INTEGRATION, Roles.ANALYST,
            Roles.PRACTITIONER})
    @Operation(operationId = "getLogVerifierKey", summary = "The key that checks the log's checkpoints",
            description = "A note verifier key, name+id+key, as golang.org/x/mod/sumdb/note reads it. Keep a copy "
                    + "from a trusted channel: a key fetched with the checkpoint proves little.")
    @APIResponse(responseCode = "200", description = "The verifier key",
            content = @Content(mediaType = NOTE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "503", description = "No signing key is configured",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public String verifierKey() {
        return key.verifierKey().orElseThrow(() -> new RequestRefused(RequestRefused.Kind.NOT_CONFIGURED, "key",
                "no signing key is configured")) + "\n";
    }

    @POST
    @Path("/verifications")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.LOG_VERIFY, resourceType = "activity-log")
    @Operation(operationId = "verifyLog", summary = "Work the log out again and hold it against what is stored and signed",
            description = "Every entry's leaf against its text, the sequence, every stored node, the root at every signed "
                    + "checkpoint, and the head; names the first wrong sequence number. from and to bound the entries "
                    + "checked (the whole log when left out).")
    @APIResponse(responseCode = "200", description = "What was checked and what is wrong",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public VerificationView verify(@QueryParam("from") @Parameter(description = "First sequence number") String from,
                                   @QueryParam("to") @Parameter(description = "Up to, not including") String to)
            throws SQLException {
        return VerificationView.of(verification.verify(QueryParams.longValue("from", from, 0, MAX_SEQ),
                QueryParams.longValue("to", to, 0, MAX_SEQ)));
    }

    private static long sequenceNumber(String seq) {
        Long value = QueryParams.longValue("seq", seq, 0, MAX_SEQ);
        if (value == null) {
            throw new RequestRefused(RequestRefused.Kind.INVALID, "seq", "is required");
        }
        return value;
    }

}
