package uk.gov.safeguarding.kpi.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.kpi.mapping.KpiMapper;
import uk.gov.safeguarding.kpi.service.Breaches;

@Path("/api/v1/kpi-breaches")
@Produces({MediaType.APPLICATION_JSON, ProblemResponses.CSV})
@Tag(name = "Threshold breaches", description = "Runs of red months long enough to breach a KPI's threshold")
public class BreachResource {

    private final Breaches breaches;

    public BreachResource(Breaches breaches) {
        this.breaches = breaches;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "listKpiBreaches", summary = "A council's threshold breaches, the latest first (JSON or CSV)",
            description = "A breach is announced (event threshold-breached) when a KPI has been red for its run of "
                    + "completed months and the run reaches one of the latest three completed months; older runs found "
                    + "in history loaded later are not announced. When revised figures or a new target leave no such run, "
                    + "the breach is WITHDRAWN (event threshold-breach-withdrawn); if the run comes back it stands again.")
    @APIResponse(responseCode = "200", description = "The breaches",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreachesView.class)),
                    @Content(mediaType = ProblemResponses.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = """
                                    kpi_code,kpi_name,local_authority,run_start,breached_in,first_red_month,last_red_month,breach_after_red_months,status,announced_at,withdrawn_at
                                    CONTACT_DECISIONS_IN_TIMESCALE,Contact decisions in timescale,E06000015,2026-08,2026-09,2026-07,2026-10,2,STANDING,2026-10-02T06:00:00Z,
                                    """))})
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no council", value = """
                            {"type":"urn:safeguarding:problem:validation","title":"Request is not valid","status":400,
                             "detail":"localAuthority: is required: an ONS code such as E06000015 or a DfE LA number such as 831",
                             "instance":"/api/v1/kpi-breaches","requestId":"9f0c5e0e-7b7a-4c4e-a2f4-0f6c0e8c1d2a",
                             "violations":[{"field":"localAuthority","message":"is required: an ONS code such as E06000015 or a DfE LA number such as 831"}]}""")))
    public BreachesView list(
            @QueryParam("localAuthority") @Parameter(required = true, example = "E06000015") String localAuthority,
            @QueryParam("kpi") @Parameter(description = "KPI code", example = "CONTACT_DECISIONS_IN_TIMESCALE") String kpi,
            @QueryParam("status") @Parameter(description = "STANDING or WITHDRAWN (default: both)") String status,
            @QueryParam("format") @Parameter(description = ProblemResponses.FORMAT) String format) {
        String council = CouncilCodes.require("localAuthority", localAuthority);
        return new BreachesView(breaches.list(council, kpi,
                QueryParams.enumValue("status", status, Breaches.Status.class)).stream().map(KpiMapper::toView).toList());
    }
}
