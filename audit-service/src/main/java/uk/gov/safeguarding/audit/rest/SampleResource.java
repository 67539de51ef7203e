package uk.gov.safeguarding.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.sql.SQLException;
import java.util.List;
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
import uk.gov.safeguarding.audit.service.NewSample;
import uk.gov.safeguarding.audit.service.PopulationFetch;
import uk.gov.safeguarding.audit.service.SampleDraws;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.problem.LargeBody;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.rest.PageOf;
import uk.gov.safeguarding.chassis.rest.PageRequest;
import uk.gov.safeguarding.chassis.security.Roles;

@Path("/api/v1/samples")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Samples", description = "Dip samples anyone can re-draw: consistent sampling (VotingWorks' "
        + "consistent_sampler, as Arlo uses it), with the population, seed and tickets kept")
public class SampleResource {

    private static final String TEXT = "text/plain; charset=utf-8";

    private final SampleDraws draws;
    private final PopulationFetch populations;

    public SampleResource(SampleDraws draws, PopulationFetch populations) {
        this.draws = draws;
        this.populations = populations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LargeBody
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.SAMPLE_DRAW, resourceType = "sample")
    @Operation(operationId = "drawSample", summary = "Draw a dip sample from a list of cases, or from another service's records",
            description = "Each case gets a ticket from SHA-256 of the seed's hash and its id; cases are taken in ticket "
                    + "order, so the same seed and population always give the same cases and drawing more later keeps the "
                    + "first ones. Give the seed rolled at the meeting that agreed the population, or leave it out for "
                    + "one from a secure random source. Size: given, or worked out for a proportion (confidence, margin, "
                    + "expected proportion) with the finite-population correction (docs/sampling.md). The population is "
                    + "a list given, or the children found by a populationQuery, fetched from contacts-service or "
                    + "kpi-service with audit-service's own token (those reads are logged there in its name); the "
                    + "population as fetched, in order, is stored with the filter.")
    @APIResponse(responseCode = "201", description = "Drawn; the Location is the sample",
            content = @Content(schema = @Schema(implementation = SampleView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = ProblemDocs.TOO_LARGE,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The service holding the population's records, or the token issuer, "
            + "could not be reached or refused audit-service's token",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DrawSampleRequest.class),
            examples = {@ExampleObject(name = "given size", value = """
                    {"localAuthority":"E06000015","title":"Contacts by family and friends, three or more, 2021",
                     "population":["DB1234567","DB2345678","DB3456789","DB4567890"],"seed":"01382438112797316654","size":2}"""),
                    @ExampleObject(name = "size for a proportion", value = """
                    {"localAuthority":"E06000015","title":"CP plans of two years or more",
                     "population":["DB1234567","DB2345678","DB3456789"],"confidence":0.95,"margin":0.1,"expectedProportion":0.75}"""),
                    @ExampleObject(name = "repeat contacts from family and friends", value = """
                    {"localAuthority":"E06000015","title":"Family contacts, two or more earlier, 2021","size":20,
                     "populationQuery":{"source":"CONTACTS","contactSource":"1A","minEarlierContacts":2,
                                        "receivedFrom":"2021-01-01","receivedTo":"2021-12-31"}}"""),
                    @ExampleObject(name = "s47 enquiries open over 10 working days", value = """
                    {"localAuthority":"E06000015","title":"s47 enquiries open over 10 working days","size":10,
                     "populationQuery":{"source":"PRACTICE_RECORDS","kind":"S47_ENQUIRY","openOnly":true,"minWorkingDays":11}}""")}))
    public Response draw(@Valid @NotNull DrawSampleRequest request, UriInfo uri) throws SQLException {
        if ((request.population() == null) == (request.populationQuery() == null)) {
            throw new uk.gov.safeguarding.audit.domain.sampling.SampleRefused("population",
                    "give the population or a populationQuery, one of them");
        }
        String council = CouncilCodes.canonicalOrSame(request.localAuthority());
        List<String> population = request.population();
        String source = NewSample.EXPLICIT;
        String filter = null;
        if (request.populationQuery() != null) {
            PopulationFetch.Fetched fetched = populations.fetch(council, request.populationQuery().query());
            if (fetched.childRefs().isEmpty()) {
                throw new uk.gov.safeguarding.audit.domain.sampling.SampleRefused("populationQuery",
                        "finds no children (" + fetched.recordsRead() + " records read)");
            }
            population = fetched.childRefs();
            source = fetched.source().name();
            filter = fetched.filter();
        }
        SampleView sample = SampleView.of(draws.draw(new NewSample(council, request.title().trim(), population,
                request.seed(), request.size(), request.confidence(), request.margin(), request.expectedProportion(),
                source, filter)));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/samples").path(sample.id().toString()).build())
                .entity(sample).build();
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "listSamples", summary = "Samples, newest first (without their cases)")
    @APIResponse(responseCode = "200", description = "A page of samples")
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageOf<SampleView> list(@QueryParam("localAuthority") @CouncilCode @Parameter(example = "E06000015")
                                   String localAuthority, @BeanParam PageRequest page) throws SQLException {
        PageRequest requested = new PageRequest(page.page(), page.size());
        SampleDraws.Samples samples = draws.list(CouncilCodes.canonicalOrSame(localAuthority), requested.page(),
                requested.size());
        return PageOf.of(samples.samples().stream().map(SampleView::of).toList(), requested, samples.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.SAMPLE_READ, resourceType = "sample")
    @Operation(operationId = "getSample", summary = "A sample and its cases, in ticket order")
    @APIResponse(responseCode = "200", description = "The sample",
            content = @Content(schema = @Schema(implementation = SampleView.class)))
    @APIResponse(responseCode = "404", description = "No sample with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SampleView get(@PathParam("id") UUID id) throws SQLException {
        return SampleView.of(draws.get(id));
    }

    @POST
    @Path("/{id}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.SAMPLE_EXTEND, resourceType = "sample")
    @Operation(operationId = "extendSample", summary = "Draw more cases: the ones drawn already stay first")
    @APIResponse(responseCode = "200", description = "The sample, larger",
            content = @Content(schema = @Schema(implementation = SampleView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No sample with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExtendSampleRequest.class),
            examples = @ExampleObject(name = "ten more", value = "{\"size\":30}")))
    public SampleView extend(@PathParam("id") UUID id, @Valid @NotNull ExtendSampleRequest request) throws SQLException {
        return SampleView.of(draws.extend(id, request.size()));
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN, Roles.BOARD})
    @ActivityLogged(action = AuditActions.SAMPLE_VERIFY, resourceType = "sample")
    @Operation(operationId = "verifySample", summary = "Draw the sample again from its population and seed, and compare")
    @APIResponse(responseCode = "200", description = "Whether the population and every case match",
            content = @Content(schema = @Schema(implementation = SampleVerificationView.class)))
    @APIResponse(responseCode = "404", description = "No sample with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SampleVerificationView verify(@PathParam("id") UUID id) throws SQLException {
        return SampleVerificationView.of(draws.verify(id));
    }

    @GET
    @Path("/{id}/export")
    @Produces(TEXT)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @ActivityLogged(action = AuditActions.SAMPLE_READ, resourceType = "sample")
    @Operation(operationId = "exportSample", summary = "The sample as a file anyone can re-draw from",
            description = "Algorithm, seed, size, the population's hash, the population one id a line and the drawn cases "
                    + "with their tickets: tools/sampling/redraw.sh re-draws it offline with the JDK alone, and "
                    + "consistent_sampler's sampler(ids, seed) gives the same cases (docs/sampling.md).")
    @APIResponse(responseCode = "200", description = "The sample file",
            content = @Content(mediaType = TEXT, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No sample with this id",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response export(@PathParam("id") UUID id) throws SQLException {
        return Response.ok(draws.export(id).text())
                .header("Content-Disposition", "attachment; filename=\"sample-" + id + ".txt\"").build();
    }
}
