package uk.gov.safeguarding.kpi.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
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
import uk.gov.safeguarding.chassis.imports.Workbook;
import uk.gov.safeguarding.chassis.problem.LargeBody;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.kpi.imports.AnnexAImport;
import uk.gov.safeguarding.kpi.mapping.PracticeRecordMapper;

@Path("/api/v1/annex-a/workbooks")
@Tag(name = "Annex A")
public class AnnexAWorkbookResource {

    private final AnnexAImport annexA;

    public AnnexAWorkbookResource(AnnexAImport annexA) {
        this.annexA = annexA;
    }

    @POST
    @Consumes(Workbook.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @LargeBody
    @RolesAllowed({Roles.INTEGRATION, Roles.ANALYST, Roles.ADMIN})
    @ActivityLogged(action = KpiActions.ANNEX_A_WORKBOOK_LOAD, resourceType = "annex-a-workbook")
    @Operation(operationId = "loadAnnexAWorkbook", summary = "Load an Ofsted Annex A workbook (.xlsx) as it is",
            description = "The inspection template's workbook, one sheet per list. Each sheet is taken for the list its "
                    + "header row shows (not its name or place); Lists 3 to 8 are loaded as by the CSV endpoint, the "
                    + "others reported as skipped. Coded columns may hold the bare code, the template's lettered "
                    + "drop-down form ('f) U6: Foster placement - not FFA'), the code and its description, or the "
                    + "drop-down's words; dates may be date cells, serial numbers, or text as DD/MM/YYYY or YYYY-MM-DD. "
                    + "A row is stored whole (a List 7 row's plan, visit and review) or not at all. Sheets are read a "
                    + "row at a time and stored in chunks of 2,000 rows.")
    @RequestBody(content = @Content(mediaType = Workbook.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Per sheet: rows read, stored and failed; the sheets skipped",
            content = @Content(schema = @Schema(implementation = AnnexAWorkbookReport.class),
                    examples = @ExampleObject(name = "template", value = """
                            {"lists":[{"sheet":"List 7","list":7,"report":{"received":2,"stored":1,"deleted":0,"failed":1,
                              "recordsStored":3,"errors":[{"item":3,"field":"Was the Child Seen Alone?",
                              "reason":"'Maybe' is not a yes/no value: give a code (Y, N, U), the template's form such as 'a) Y: Yes', or its words such as 'Yes'"}]}}],
                             "skipped":[{"sheet":"List 1","list":1,"reason":"List 1 (contacts) is not used by this service"}]}""")))
    @APIResponse(responseCode = "400", description = "No council given, or the body is not an .xlsx workbook",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More rows than one upload takes, or a body over the upload limit",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AnnexAWorkbookReport load(@QueryParam("localAuthority") @Parameter(required = true, example = "E06000015")
                                     String localAuthority,
                                     InputStream body) {
        String council = CouncilCodes.require("localAuthority", localAuthority);
        // A workbook is a zip read from its end: it is spooled to a file, never held in memory.
        java.nio.file.Path spool = null;
        try {
            spool = Files.createTempFile("annex-a-", ".xlsx");
            Files.copy(body, spool, StandardCopyOption.REPLACE_EXISTING);
            return PracticeRecordMapper.toReport(annexA.loadWorkbook(council, spool));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // the temporary directory is the system's to clear
                }
            }
        }
    }
}
