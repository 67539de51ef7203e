package uk.gov.safeguarding.kpi.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.rest.Conditional;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.kpi.repository.FeedCursor;
import uk.gov.safeguarding.kpi.repository.ValuesQuery;
import uk.gov.safeguarding.kpi.mapping.KpiValueMapper;
import uk.gov.safeguarding.kpi.service.KpiFigures;

@Path("/api/v1/kpi-values")
@Tag(name = "KPI values", description = "Monthly figures for BI tools: JSON or CSV, keyset paging, ETags")
public class KpiValueResource {

    private final KpiFigures figures;

    public KpiValueResource(KpiFigures figures) {
        this.figures = figures;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.CSV})
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "listKpiValues", summary = "The KPI values feed",
            description = "One row per KPI, council, month and breakdown (team or contact source), in a stable order "
                    + "(KPI code, council, month, breakdown). Page on with after=<next> (in JSON) or the Link rel=next "
                    + "header (in both). Send If-None-Match with the ETag to poll: 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "A page of values",
            headers = {@Header(name = "ETag", description = "Changes whenever this page's content would", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = "rel=\"next\" URL of the following page, when there is one", schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiValuesPage.class)),
                    @Content(mediaType = ProblemResponses.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = """
                                    kpi_code,local_authority,month,team,source,numerator,denominator,value,six_month_average,six_month_numerator,six_month_denominator,change_on_last_month_points,change_on_last_month_percent,change_on_last_year_points,change_on_last_year_percent,target,rag,benchmark_year,statistical_neighbours,england,computed_at,version
                                    CONTACTS_RECEIVED,E06000015,2021-03,,,2499,1,2499.0,2310.5,13863,6,,14.9,,56.7,,,,,,2026-11-23T21:00:00Z,
                                    """))})
    @APIResponse(responseCode = "304", description = ProblemResponses.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad month", value = ProblemResponses.VALIDATION_EXAMPLE)))
    public Response list(
            @QueryParam("kpi") @Parameter(description = "KPI code", example = "CONTACTS_PROGRESSED") String kpi,
            @QueryParam("localAuthority") @CouncilCode
            @Parameter(example = "E06000015") String localAuthority,
            @QueryParam("from") @Parameter(description = "First month, YYYY-MM", example = "2021-04") String from,
            @QueryParam("to") @Parameter(description = "Last month, YYYY-MM", example = "2022-03") String to,
            @QueryParam("breakdown") @Parameter(description = "COUNCIL (default: the council as a whole), TEAM, SOURCE or ALL")
            String breakdown,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after,
            @QueryParam("limit") @Parameter(description = "Rows per page, 1 to " + ValuesQuery.MAX_LIMIT
                    + " (default " + ValuesQuery.DEFAULT_LIMIT + ")") String limit,
            @QueryParam("format") @Parameter(description = ProblemResponses.FORMAT) String format,
            @Context Request request, @Context HttpHeaders headers, @Context UriInfo uri) {
        YearMonth fromMonth = QueryParams.month("from", from);
        YearMonth toMonth = QueryParams.month("to", to);
        if (fromMonth != null && toMonth != null && toMonth.isBefore(fromMonth)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        FeedCursor cursor = after == null || after.isBlank() ? null : FeedCursor.decode(after.trim())
                .orElseThrow(() -> ProblemException.invalid("after", "is not a cursor this feed gave out"));
        Integer pageSize = QueryParams.integer("limit", limit, 1, ValuesQuery.MAX_LIMIT);
        ValuesQuery.Breakdowns breakdowns = QueryParams.enumValue("breakdown", breakdown, ValuesQuery.Breakdowns.class);
        ValuesQuery query = new ValuesQuery(kpi == null || kpi.isBlank() ? null : kpi.trim().toUpperCase(Locale.ROOT),
                CouncilCodes.canonical("localAuthority", localAuthority), fromMonth, toMonth, breakdowns == null ? ValuesQuery.Breakdowns.COUNCIL : breakdowns,
                cursor, pageSize == null ? ValuesQuery.DEFAULT_LIMIT : pageSize);
        KpiValuesPage page = KpiValueMapper.toView(figures.values(query));
        Response response = Conditional.ok(request, page, headers.getAcceptableMediaTypes().toString());
        if (page.next() == null) {
            return response;
        }
        return Response.fromResponse(response)
                .link(uri.getRequestUriBuilder().replaceQueryParam("after", page.next()).build(), "next").build();
    }
}
