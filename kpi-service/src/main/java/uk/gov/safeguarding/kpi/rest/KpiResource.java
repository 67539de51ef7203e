package uk.gov.safeguarding.kpi.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.kpi.mapping.KpiMapper;
import uk.gov.safeguarding.kpi.service.KpiCatalogue;
import uk.gov.safeguarding.kpi.service.KpiSettings;

@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPI catalogue", description = "What each KPI counts, its target, tolerance and local timescale settings")
public class KpiResource {

    private final KpiCatalogue catalogue;
    private final KpiSettings settings;

    public KpiResource(KpiCatalogue catalogue, KpiSettings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.CSV})
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "listKpis", summary = "The KPI catalogue, in scorecard order (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "Every KPI with its current settings",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiCatalogueView.class)),
                    @Content(mediaType = ProblemResponses.CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = """
                                    code,name,numerator,denominator,unit,polarity,timescale_rule,parameters,target,amber_tolerance,breach_after_red_months,by_team,computed,updated_at,updated_by
                                    CONTACTS_RECEIVED,Contacts received,"Contacts received in the month, counted per child",None: a count,COUNT,NEITHER,"Month of receipt, Europe/London",,,,2,false,true,2026-11-23T21:00:00Z,catalogue
                                    """))})
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public KpiCatalogueView list(@QueryParam("format") @Parameter(description = ProblemResponses.FORMAT) String format) {
        return new KpiCatalogueView(catalogue.rows().stream()
                .map(row -> KpiMapper.toView(row, catalogue.isComputed(row.code))).toList());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "getKpi", summary = "One KPI of the catalogue")
    @APIResponse(responseCode = "200", description = "The KPI", content = @Content(schema = @Schema(implementation = KpiView.class)))
    @APIResponse(responseCode = "404", description = ProblemResponses.NOT_FOUND_KPI,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public KpiView get(@PathParam("code") @Parameter(example = "CP_VISITS_IN_TIMESCALE") String code) {
        String normalised = code.toUpperCase(Locale.ROOT);
        return catalogue.row(normalised).map(row -> KpiMapper.toView(row, catalogue.isComputed(row.code)))
                .orElseThrow(() -> ProblemException.notFound("KPI", normalised));
    }

    @PATCH
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @ActivityLogged(action = KpiActions.KPI_CHANGE, resourceType = "kpi", idParameter = "code")
    @Operation(operationId = "changeKpi", summary = "Change a KPI's target, tolerance, breach run or local parameters",
            description = "Fields left out stay as they are. Every change is kept with who made it, when and why "
                    + "(GET .../changes). A change to a parameter counts every month already computed again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KpiChangeRequest.class),
            examples = @ExampleObject(name = "local visit interval", value = """
                    {"target": 92.0, "parameters": {"visitIntervalWorkingDays": 15},
                     "reason": "Local standard agreed at the safeguarding board, 12 January 2026"}""")))
    @APIResponse(responseCode = "200", description = "The KPI as it now stands",
            content = @Content(schema = @Schema(implementation = KpiView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown parameter", value = """
                            {"type":"urn:safeguarding:problem:validation","title":"Request is not valid","status":400,
                             "detail":"parameters.visitDays: is not a parameter of CP_VISITS_IN_TIMESCALE; it has [visitIntervalWorkingDays]",
                             "violations":[{"field":"parameters.visitDays","message":"is not a parameter of CP_VISITS_IN_TIMESCALE; it has [visitIntervalWorkingDays]"}]}""")))
    @APIResponse(responseCode = "404", description = ProblemResponses.NOT_FOUND_KPI,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public KpiView change(@PathParam("code") String code, @Valid @NotNull KpiChangeRequest body) {
        String normalised = code.toUpperCase(Locale.ROOT);
        return KpiMapper.toView(settings.change(normalised, KpiMapper.toCommand(body)), catalogue.isComputed(normalised));
    }

    @GET
    @Path("/{code}/changes")
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.CSV})
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "listKpiChanges", summary = "Every change made to a KPI's settings, newest first (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "The changes",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiChangesView.class)),
                    @Content(mediaType = ProblemResponses.CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = ProblemResponses.NOT_FOUND_KPI,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public KpiChangesView changes(@PathParam("code") String code,
                                  @QueryParam("format") @Parameter(description = ProblemResponses.FORMAT) String format) {
        return new KpiChangesView(settings.changes(code.toUpperCase(Locale.ROOT)).stream().map(KpiMapper::toView).toList());
    }
}
