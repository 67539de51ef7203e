package uk.gov.safeguarding.kpi.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.rest.Conditional;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.kpi.mapping.KpiValueMapper;
import uk.gov.safeguarding.kpi.service.KpiFigures;

@Path("/api/v1/scorecards")
@Tag(name = "Scorecards", description = "The month's KPI table, as scrutiny reports print it")
public class ScorecardResource {

    private final KpiFigures figures;

    public ScorecardResource(KpiFigures figures) {
        this.figures = figures;
    }

    @GET
    @Path("/{localAuthority}/{month}")
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.CSV})
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "getScorecard", summary = "A council's scorecard for one month (JSON or CSV)",
            description = "Every KPI of the catalogue in order: the month's value, 6-month pooled average, target, "
                    + "RAG, direction of travel on last month, and England and statistical-neighbour figures for "
                    + "the month's reporting year (or the latest year before it). A closed month's earlier "
                    + "versions are read with version=n.")
    @APIResponse(responseCode = "200", description = "The scorecard",
            headers = @Header(name = "ETag", description = "Send as If-None-Match to poll", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorecardView.class)),
                    @Content(mediaType = ProblemResponses.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = """
                                    local_authority,month,kpi_code,name,unit,polarity,value,numerator,denominator,six_month_average,target,rag,direction,improving,change_on_last_month_points,change_on_last_month_percent,change_on_last_year_points,change_on_last_year_percent,benchmark_year,statistical_neighbours,england,version
                                    E06000015,2021-12,CONTACT_DECISIONS_IN_TIMESCALE,Contact decisions in timescale,PERCENT,HIGHER_IS_BETTER,96.1,2204,2293,95.4,95.0,GREEN,UP,true,0.7,,1.9,,2021-22,,,
                                    E06000015,2021-12,CONTACTS_RECEIVED,Contacts received,COUNT,NEITHER,2254.0,2254,1,2301.5,,,DOWN,,,-3.1,,12.4,2021-22,,,
                                    """))})
    @APIResponse(responseCode = "304", description = ProblemResponses.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad month", value = ProblemResponses.VALIDATION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No figures at all for this council and month",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @PathParam("localAuthority") @Parameter(example = "E06000015") String localAuthority,
            @PathParam("month") @Parameter(description = "YYYY-MM", example = "2021-12") String month,
            @QueryParam("version") @Parameter(description = "For a closed month: each KPI as published in this version "
                    + "or the latest before it (default: the figures as they stand)", example = "1") String version,
            @QueryParam("format") @Parameter(description = ProblemResponses.FORMAT) String format,
            @Context Request request, @Context HttpHeaders headers) {
        String council = CouncilCodes.require("localAuthority", localAuthority);
        ScorecardView scorecard = KpiValueMapper.toView(figures.scorecard(council, QueryParams.month("month", month),
                QueryParams.integer("version", version, 1, 10_000)));
        return Conditional.ok(request, scorecard, headers.getAcceptableMediaTypes().toString());
    }
}
