package uk.gov.safeguarding.kpi.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
import uk.gov.safeguarding.chassis.problem.LargeBody;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.kpi.imports.AnnexAImport;
import uk.gov.safeguarding.kpi.imports.AnnexAList;
import uk.gov.safeguarding.kpi.mapping.PracticeRecordMapper;

@Path("/api/v1/annex-a/lists")
@Tag(name = "Annex A", description = "Ofsted Annex A Lists 3 to 8 as CSV, as every council can produce them")
public class AnnexAResource {

    private final AnnexAImport annexA;

    public AnnexAResource(AnnexAImport annexA) {
        this.annexA = annexA;
    }

    @POST
    @Path("/{list}")
    @Consumes(ProblemResponses.CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @LargeBody
    @RolesAllowed({Roles.INTEGRATION, Roles.ANALYST, Roles.ADMIN})
    @ActivityLogged(action = KpiActions.ANNEX_A_LOAD, resourceType = "annex-a-list", idParameter = "list")
    @Operation(operationId = "loadAnnexAList", summary = "Load an Ofsted Annex A list (3 to 8) as CSV",
            description = "Columns are found by their Annex A names (case and spacing aside); dates as DD/MM/YYYY or "
                    + "YYYY-MM-DD. List 3 gives referrals, 4 assessments (timed from their start: Annex A has no "
                    + "referral date), 5 s47 enquiries and ICPCs, 6 CIN episodes, 7 CP plans with the last visit and "
                    + "latest review, 8 CLA episodes with the last visit and latest review. Allocated Worker is kept "
                    + "only as a pseudonym. Uploading the same file again replaces, never doubles. Rows are stored in "
                    + "chunks of 2,000; bad rows are reported with line, column and reason.")
    @RequestBody(content = @Content(mediaType = ProblemResponses.CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "List 7", value = """
                    Child Unique ID,Gender,Child Protection Plan Start Date,Initial Category of Abuse,Latest Category of Abuse,Date of the Last Statutory Visit,Was the Child Seen Alone?,Date of latest review conference,Child Protection Plan End Date,Number of Previous Child Protection Plans,Allocated Team,Allocated Worker
                    DB1234567,F,04/01/2021,Neglect,Neglect,16/04/2021,Y,09/04/2021,,0,CP Team 1,Worker A
                    """)))
    @APIResponse(responseCode = "200", description = "Rows read, records stored, and the rows that failed",
            content = @Content(schema = @Schema(implementation = BatchReport.class)))
    @APIResponse(responseCode = "400", description = "Not a list 3 to 8, a required column missing, or not CSV",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More rows than one upload takes",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public BatchReport load(@PathParam("list") @Parameter(description = "3 to 8", example = "7") String list,
                            @QueryParam("localAuthority") @Parameter(required = true, example = "E06000015")
                            String localAuthority,
                            InputStream body) {
        Integer number = QueryParams.integer("list", list, 3, 8);
        AnnexAList annexList = (number == null ? java.util.Optional.<AnnexAList>empty() : AnnexAList.numbered(number))
                .orElseThrow(() -> ProblemException.invalid("list", "must be 3 to 8"));
        String council = CouncilCodes.require("localAuthority", localAuthority);
        return PracticeRecordMapper.toReport(annexA.load(annexList, council,
                new InputStreamReader(body, StandardCharsets.UTF_8)));
    }
}
