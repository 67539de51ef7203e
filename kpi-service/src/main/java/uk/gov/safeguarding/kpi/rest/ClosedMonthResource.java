package uk.gov.safeguarding.kpi.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.YearMonth;
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
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.kpi.mapping.KpiMapper;
import uk.gov.safeguarding.kpi.service.ClosedMonths;

@Path("/api/v1/closed-months")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Closed months", description = "Publishing a month's figures, and the versions late data makes")
public class ClosedMonthResource {

    private final ClosedMonths closedMonths;

    public ClosedMonthResource(ClosedMonths closedMonths) {
        this.closedMonths = closedMonths;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @ActivityLogged(action = KpiActions.MONTH_CLOSE, resourceType = "kpi-month")
    @Operation(operationId = "closeMonth", summary = "Close a council's month and publish its figures",
            description = "Every KPI's figures for the month become version 1 and a month-published event is sent for "
                    + "each. Data arriving later never changes them in place: it makes version 2, 3 ... (and a "
                    + "month-published event with revised=true); every version stays readable.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CloseMonthRequest.class),
            examples = @ExampleObject(name = "December", value = """
                    {"localAuthority": "E06000015", "month": "2021-12", "reason": "For the scrutiny committee of 20 January 2022"}""")))
    @APIResponse(responseCode = "201", description = "Closed and published",
            content = @Content(schema = @Schema(implementation = ClosedMonthView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already closed, or its figures are still being worked out",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The month has not ended, or has no figures",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response close(@Valid @NotNull CloseMonthRequest body, @jakarta.ws.rs.core.Context UriInfo uri) {
        String council = CouncilCodes.require("localAuthority", body.localAuthority());
        ClosedMonthView closed = KpiMapper.toView(closedMonths.close(council, YearMonth.parse(body.month()), body.reason()));
        return Response.created(uri.getAbsolutePathBuilder().path(council).path(body.month()).build())
                .entity(closed).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.CSV})
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "listClosedMonths",
            summary = "A council's closed months, newest first, with their versions (JSON, or CSV a row per version)")
    @APIResponse(responseCode = "200", description = "The closed months",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosedMonthsView.class)),
                    @Content(mediaType = ProblemResponses.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ClosedMonthsView list(@QueryParam("localAuthority") @Parameter(required = true, example = "E06000015")
                                 String localAuthority,
                                 @QueryParam("format") @Parameter(description = ProblemResponses.FORMAT) String format) {
        return new ClosedMonthsView(closedMonths.list(CouncilCodes.require("localAuthority", localAuthority)).stream()
                .map(KpiMapper::toView).toList());
    }

    @GET
    @Path("/{localAuthority}/{month}")
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "getClosedMonth", summary = "One closed month and the versions of its figures")
    @APIResponse(responseCode = "200", description = "The closed month",
            content = @Content(schema = @Schema(implementation = ClosedMonthView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The month is not closed",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ClosedMonthView get(@PathParam("localAuthority") @Parameter(example = "E06000015") String localAuthority,
                               @PathParam("month") @Parameter(example = "2021-12") String month) {
        return KpiMapper.toView(closedMonths.get(CouncilCodes.require("localAuthority", localAuthority),
                QueryParams.month("month", month)));
    }
}
