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
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.rest.Conditional;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.kpi.mapping.KpiValueMapper;
import uk.gov.safeguarding.kpi.service.KpiFigures;

@Path("/api/v1/contact-volumes")
@Tag(name = "Contact volumes", description = "Contacts received by month and source, with year-on-year change")
public class ContactVolumeResource {

    /** Ten years of months: enough for any report, small enough to answer in one page. */
    static final int MAX_MONTHS = 120;

    private final KpiFigures figures;

    public ContactVolumeResource(KpiFigures figures) {
        this.figures = figures;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.CSV})
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "listContactVolumes", summary = "Contacts received by month, with year-on-year change",
            description = "Counted per child per contact. With bySource=true each month also has one row per "
                    + "contact source (source null is the council's total).")
    @APIResponse(responseCode = "200", description = "Oldest month first",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactVolumesView.class)),
                    @Content(mediaType = ProblemResponses.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = """
                                    local_authority,month,source,contacts,same_month_last_year,change_on_last_year_percent,change_on_last_month
                                    E06000015,2021-03,,2499,1595,56.7,324.0
                                    """))})
    @APIResponse(responseCode = "304", description = ProblemResponses.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @QueryParam("localAuthority") @Parameter(required = true, example = "E06000015") String localAuthority,
            @QueryParam("from") @Parameter(required = true, description = "First month, YYYY-MM", example = "2020-03")
            String from,
            @QueryParam("to") @Parameter(required = true, description = "Last month, YYYY-MM", example = "2021-11")
            String to,
            @QueryParam("bySource") @Parameter(description = "true: a row per source as well") String bySource,
            @QueryParam("format") @Parameter(description = ProblemResponses.FORMAT) String format,
            @Context Request request, @Context HttpHeaders headers) {
        String council = CouncilCodes.require("localAuthority", localAuthority);
        YearMonth first = required("from", QueryParams.month("from", from));
        YearMonth last = required("to", QueryParams.month("to", to));
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
            throw ProblemException.invalid("to", "at most " + MAX_MONTHS + " months after from");
        }
        ContactVolumesView view = new ContactVolumesView(figures.contactVolumes(council, first, last,
                Boolean.TRUE.equals(QueryParams.bool("bySource", bySource))).stream().map(KpiValueMapper::toRow).toList());
        return Conditional.ok(request, view, headers.getAcceptableMediaTypes().toString());
    }

    private static YearMonth required(String name, YearMonth month) {
        if (month == null) {
            throw ProblemException.invalid(name, "is required: a month as YYYY-MM");
        }
        return month;
    }
}
