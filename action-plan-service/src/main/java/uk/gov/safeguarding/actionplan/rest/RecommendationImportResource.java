package uk.gov.safeguarding.actionplan.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
import uk.gov.safeguarding.actionplan.domain.RecommendationTable;
import uk.gov.safeguarding.actionplan.service.ActionPlanActions;
import uk.gov.safeguarding.actionplan.service.RecommendationImports;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.imports.CsvUploads;
import uk.gov.safeguarding.chassis.imports.JsonTables;
import uk.gov.safeguarding.chassis.imports.TableRows;
import uk.gov.safeguarding.chassis.problem.LargeBody;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.chassis.text.OptionalText;

@Path("/api/v1/sources/{id}/recommendation-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class RecommendationImportResource {

    private static final String DESCRIPTION = "A recommendations table as the council keeps it, saved from Word or "
            + "Excel as CSV, or sent as a JSON array of objects with the same column names. Columns are found by their "
            + "headers (case and spacing aside): No or Number; References, Paragraphs or any header ending 'para' "
            + "(\"11, 15, 52\", \"54 – 57\"); Issue or Theme; Recommendation; Addressed to; Response (accepted, partly "
            + "accepted, not accepted) and Response reason; Action; Action ref; Owner (the subject id in their token), "
            + "Owner role, Agency; Partners (separated by ';'); Due date (2022-06-30 or 30/06/2022); Approved by and "
            + "Approved on; Impact KPI, Impact direction (UP or DOWN), Impact target. Other headers are reported, not "
            + "fatal. Rows sharing a number are one recommendation with several actions. Importing the table again "
            + "updates what changed and adds nothing twice (recommendations by number, actions by their Action ref "
            + "or their place among the number's rows); a changed due date is refused (a revision with a reason and "
            + "a second person's approval moves it), as is a change to a closed action. Each refused row is reported "
            + "with its line, column and reason and the rest are stored. dryRun=true says what would happen and "
            + "stores nothing. defaultOwner, defaultDueDate, defaultBoard and defaultApprovedOn fill action rows that "
            + "leave them empty (a table approved whole at one board meeting). At most "
            + RecommendationImports.MAX_ROWS + " rows.";

    private static final String CSV_EXAMPLE = """
            No,Haringey JAR Para,Issue,Action,Owner,Due date
            1,"11, 15, 52",Unallocated cases and caseloads,Report caseloads to the board each quarter,jane.smith,30/09/2009
            23,"39, 40, 54 – 57",Matters for the Workforce Development Plan,Review the plan against the JAR's findings,jane.smith,31/12/2009
            """;

    private static final String JSON_EXAMPLE = """
            [{"No":"1","Para":"11, 15, 52","Issue":"Unallocated cases and caseloads",
              "Action":"Report caseloads to the board each quarter","Owner":"jane.smith","Due date":"2009-09-30"},
             {"No":"1","Action":"Recruit four social workers","Owner":"jane.smith","Due date":"2009-12-31",
              "Partners":["Derbyshire Constabulary"]}]""";

    static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final TypeReference<List<Map<String, Object>>> ITEMS = new TypeReference<>() {
    };

    private final RecommendationImports imports;
    private final ObjectMapper mapper;

    public RecommendationImportResource(RecommendationImports imports, ObjectMapper mapper) {
        this.imports = imports;
        this.mapper = mapper;
    }

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @LargeBody
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    @ActivityLogged(action = ActionPlanActions.RECOMMENDATION_IMPORT, resourceType = "source", idParameter = "id")
    @Operation(operationId = "importRecommendations", summary = "Import a recommendations table (CSV or JSON)",
            description = DESCRIPTION)
    @RequestBody(content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "Derby's review of the Haringey JAR", value = CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class),
                    examples = @ExampleObject(name = "two actions of one recommendation", value = JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "What was created, updated and left, and the rows refused",
            content = @Content(schema = @Schema(implementation = ImportReportView.class)))
    @APIResponse(responseCode = "400", description = "No number column, no issue or recommendation column, a column "
            + "twice, a query parameter not understood, or not CSV or a JSON array of objects",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No source with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More rows or bytes than one table takes; nothing was stored",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ImportReportView importTable(@PathParam("id") UUID id,
                                        @QueryParam("dryRun") @Parameter(description = "true: report, store nothing",
                                                example = "false") String dryRun,
                                        @QueryParam("defaultOwner") @Parameter(description = "The owner (subject id) "
                                                + "of action rows that name none", example = "jane.smith") String owner,
                                        @QueryParam("defaultDueDate") @Parameter(description = "The due date of "
                                                + "action rows that give none", example = "2009-09-30") String dueDate,
                                        @QueryParam("defaultBoard") @Parameter(description = "The board that approved "
                                                + "the table, for action rows that name no approval",
                                                example = "Derby Safeguarding Children Board") String board,
                                        @QueryParam("defaultApprovedOn") @Parameter(description = "The day it did",
                                                example = "2009-03-19") String approvedOn,
                                        @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                        InputStream body) throws JsonProcessingException {
        Boolean dry = QueryParams.bool("dryRun", dryRun);
        String defaultBoard = OptionalText.of("defaultBoard", board, 200);
        java.time.LocalDate defaultApprovedOn = QueryParams.date("defaultApprovedOn", approvedOn);
        if ((defaultBoard == null) != (defaultApprovedOn == null)) {
            throw ProblemException.invalid(defaultBoard == null ? "defaultBoard" : "defaultApprovedOn",
                    "an approval names the board and the day together");
        }
        RecommendationTable.Defaults defaults = new RecommendationTable.Defaults(OptionalText.of("defaultOwner", owner, 200),
                QueryParams.date("defaultDueDate", dueDate), defaultBoard, defaultApprovedOn);
        // a table is read whole, so it is held to a size a table has; the upload limit is for streamed batches
        byte[] table = read(body);
        if (table.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A table of at most " + MAX_BYTES
                    + " bytes; nothing was stored");
        }
        boolean json = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_JSON);
        try (TableRows rows = json ? JsonTables.rows(items(table))
                : CsvUploads.rows(new InputStreamReader(new ByteArrayInputStream(table), StandardCharsets.UTF_8))) {
            return ImportReportView.of(imports.load(id, rows, defaults, Boolean.TRUE.equals(dry)));
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException | UncheckedIOException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The body is not readable as CSV: " + CsvUploads.describe(e));
        }
    }

    private List<Map<String, Object>> items(byte[] table) throws IOException {
        List<Map<String, Object>> items = mapper.readValue(table, ITEMS);
        if (items == null) {
            throw ProblemException.invalid("body", "must be a JSON array of objects, one a row");
        }
        return items;
    }

    private static byte[] read(InputStream body) {
        try {
            return body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The body could not be read: " + CsvUploads.describe(e));
        }
    }
}
