package uk.gov.safeguarding.actionplan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.actionplan.repository.ReportQueries;
import uk.gov.safeguarding.actionplan.service.Reports;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.rest.CsvTableWriter;
import uk.gov.safeguarding.chassis.rest.PageRequest;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.chassis.text.OptionalText;

@Path("/api/v1/reports")
@Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
@Tag(name = "Reports", description = "Progress, the Treasury Minutes tracker and board packs, as JSON or CSV "
        + "(Accept: text/csv, or format=csv for tools that cannot set headers)")
public class ReportResource {

    private final Reports reports;

    public ReportResource(Reports reports) {
        this.reports = reports;
    }

    @GET
    @Path("/progress")
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "progressReport", summary = "Progress by source, owner, agency or board",
            description = "Actions counted by status in each group, the share complete (complete or verified, of the "
                    + "actions not cancelled), how many are open past their due date, and how many had their date "
                    + "revised once or more. Narrowed to a council, a source, a type of source or a board.")
    @APIResponse(responseCode = "200", description = "One row a group, by label",
            content = @Content(schema = @Schema(implementation = ProgressReportView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ProgressReportView progress(
            @QueryParam("by") @Parameter(description = "source (the default), owner, agency or board", example = "owner")
            String by,
            @QueryParam("localAuthority") @CouncilCode @Parameter(example = "E06000015") String localAuthority,
            @QueryParam("sourceId") @Parameter(description = "One source's actions") String sourceId,
            @QueryParam("sourceType") @Parameter(example = "OFSTED_INSPECTION") String sourceType,
            @QueryParam("board") @Parameter(example = "Derby Safeguarding Children Partnership") String board) {
        ReportQueries.Grouping grouping = by == null || by.isBlank() ? ReportQueries.Grouping.SOURCE
                : QueryParams.enumValue("by", by, ReportQueries.Grouping.class);
        return ProgressReportView.of(grouping.name(), reports.progress(grouping,
                ReportFilters.of(localAuthority, sourceId, sourceType, board)));
    }

    @GET
    @Path("/tracker")
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "trackerReport", summary = "Each recommendation implemented, in progress, not implemented "
            + "or superseded", description = "The Treasury Minutes' progress report: each recommendation's standing "
            + "from its actions (implemented when every action still wanted is verified; superseded when every one "
            + "was cancelled), with its response, references and overdue actions. In the order sources and their "
            + "recommendations were recorded.")
    @APIResponse(responseCode = "200", description = "A page of recommendations",
            content = @Content(schema = @Schema(implementation = TrackerView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public TrackerView tracker(
            @QueryParam("localAuthority") @CouncilCode @Parameter(example = "E06000015") String localAuthority,
            @QueryParam("sourceId") String sourceId,
            @QueryParam("sourceType") @Parameter(example = "JOINT_AREA_REVIEW") String sourceType,
            @BeanParam PageRequest page) {
        PageRequest requested = new PageRequest(page.page(), page.size());
        return TrackerView.of(reports.tracker(ReportFilters.of(localAuthority, sourceId, sourceType, null), requested.page(),
                requested.size()), requested.page(), requested.size());
    }

    @GET
    @Path("/board-pack")
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "boardPack", summary = "A board's open actions with their latest update, RAG, impact "
            + "and date changes", description = "Every action the board approved that is not verified or cancelled "
            + "(a completed one waits for verification), soonest due first: its latest update, its RAG by the "
            + "council's rules beside its owner's, its impact measure with the KPI's latest value and trend, and "
            + "each approved change of its due date with the reason and who approved it.")
    @APIResponse(responseCode = "200", description = "A page of the pack",
            content = @Content(schema = @Schema(implementation = BoardPackView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public BoardPackView boardPack(
            @QueryParam("board") @Parameter(required = true, example = "Derby Safeguarding Children Partnership")
            String board,
            @QueryParam("localAuthority") @CouncilCode @Parameter(example = "E06000015") String localAuthority,
            @BeanParam PageRequest page) {
        String named = OptionalText.of(board);
        if (named == null) {
            throw ProblemException.invalid("board", "is required: the board whose pack this is");
        }
        PageRequest requested = new PageRequest(page.page(), page.size());
        return BoardPackView.of(named, reports.boardPack(ReportFilters.of(localAuthority, null, null, named), requested.page(),
                requested.size()), requested.page(), requested.size());
    }
}
