package uk.gov.safeguarding.kpi.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
import uk.gov.safeguarding.chassis.problem.LargeBody;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.kpi.mapping.KpiMapper;
import uk.gov.safeguarding.kpi.service.Benchmarks;

@Path("/api/v1/kpi-benchmarks")
@Tag(name = "KPI benchmarks", description = "Statistical-neighbour and England figures per KPI and reporting year")
public class BenchmarkResource {

    private final Benchmarks benchmarks;

    public BenchmarkResource(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.CSV})
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.BOARD, Roles.ADMIN,
            Roles.INTEGRATION})
    @Operation(operationId = "listBenchmarks", summary = "Benchmarks, by KPI and reporting year (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "The benchmarks",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BenchmarksView.class)),
                    @Content(mediaType = ProblemResponses.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public BenchmarksView list(@QueryParam("kpi") @Parameter(description = "Only this KPI") String kpi,
                               @QueryParam("format") @Parameter(description = ProblemResponses.FORMAT) String format) {
        String code = kpi == null || kpi.isBlank() ? null : kpi.trim().toUpperCase(Locale.ROOT);
        return new BenchmarksView(benchmarks.list(code).stream().map(KpiMapper::toView).toList());
    }

    @PUT
    @Path("/{kpiCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @ActivityLogged(action = KpiActions.BENCHMARK_PUT, resourceType = "kpi-benchmark", idParameter = "kpiCode")
    @Operation(operationId = "putBenchmark", summary = "Set a KPI's benchmarks for one reporting year")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BenchmarkRequest.class),
            examples = @ExampleObject(name = "ICPC 2024-25", value = """
                    {"statisticalNeighbours": 79.6, "england": 81.4, "source": "DfE Characteristics of children in need 2024-25"}""")))
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = BenchmarkView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ProblemResponses.NOT_FOUND_KPI,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public BenchmarkView put(@PathParam("kpiCode") @Parameter(example = "ICPC_IN_TIMESCALE") String kpiCode,
                             @PathParam("year") @Parameter(description = "Reporting year, April to March", example = "2024-25")
                             String year,
                             @Valid @NotNull BenchmarkRequest body) {
        return KpiMapper.toView(benchmarks.put(kpiCode.toUpperCase(Locale.ROOT), year, KpiMapper.toCommand(body)));
    }

    @POST
    @Consumes(ProblemResponses.CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @LargeBody
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @ActivityLogged(action = KpiActions.BENCHMARKS_LOAD, resourceType = "kpi-benchmark")
    @Operation(operationId = "loadBenchmarks", summary = "Load benchmarks from CSV",
            description = "Columns kpi_code, year, statistical_neighbours, england, source (header row; either figure "
                    + "may be empty). Valid rows are stored (replacing the same KPI and year); the others are reported "
                    + "with their line, field and reason. At most 10,000 rows.")
    @RequestBody(content = @Content(mediaType = ProblemResponses.CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "two KPIs", value = """
                    kpi_code,year,statistical_neighbours,england,source
                    SINGLE_ASSESSMENTS_IN_TIMESCALE,2024-25,84.1,85.7,DfE CIN census 2024-25
                    ICPC_IN_TIMESCALE,2024-25,79.6,81.4,DfE CIN census 2024-25
                    """)))
    @APIResponse(responseCode = "200", description = "What was stored and which rows failed",
            content = @Content(schema = @Schema(implementation = UploadReport.class)))
    @APIResponse(responseCode = "400", description = "The header lacks a required column, or the body is not CSV",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public UploadReport load(InputStream body) {
        return KpiMapper.toReport(benchmarks.load(new InputStreamReader(body, StandardCharsets.UTF_8)));
    }
}
