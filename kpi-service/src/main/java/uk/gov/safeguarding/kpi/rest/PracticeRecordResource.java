package uk.gov.safeguarding.kpi.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.problem.LargeBody;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.kpi.mapping.PracticeRecordMapper;
import uk.gov.safeguarding.kpi.service.PracticeRecordIntake;

@Path("/api/v1/practice-records")
@Tag(name = "Practice records", description = "Referrals, assessments, s47 enquiries, plans, visits, reviews, "
        + "episodes and allocations sent by case-management systems")
public class PracticeRecordResource {

    static final String NDJSON = "application/x-ndjson";

    private final PracticeRecordBatch batch;
    private final PracticeRecordIntake intake;

    public PracticeRecordResource(PracticeRecordBatch batch, PracticeRecordIntake intake) {
        this.batch = batch;
        this.intake = intake;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @Produces(MediaType.APPLICATION_JSON)
    @LargeBody
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @ActivityLogged(action = KpiActions.PRACTICE_RECORDS_LOAD, resourceType = "practice-record-batch")
    @Operation(operationId = "sendPracticeRecords", summary = "Send a batch of practice records",
            description = "A JSON array, or NDJSON (one record per line), of up to 10,000 records. Each record is "
                    + "identified by localAuthority, kind and recordId: sending it again replaces it, deleted=true "
                    + "removes it. Valid records are stored together; the others are reported with their position, "
                    + "field and reason. The KPIs of the months they touch are worked out again within seconds.")
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PracticeRecordRequest.class),
            examples = @ExampleObject(name = "assessment and visit", value = """
                    [{"kind":"ASSESSMENT","recordId":"LL-ASM-102938","localAuthority":"E06000015","childRef":"DB1234567",
                      "team":"Assessment Team 2","referralDate":"2021-04-01","startDate":"2021-04-02","authorisedDate":"2021-06-08"},
                     {"kind":"CP_VISIT","recordId":"LL-VIS-5521","localAuthority":"E06000015","childRef":"DB7654321",
                      "date":"2021-04-16","seenAlone":true},
                     {"kind":"CP_VISIT","recordId":"LL-VIS-5499","localAuthority":"E06000015","deleted":true}]""")),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    description = "One practice record (as in the JSON array) per line; a line that is not JSON "
                            + "is reported as a failed item and the rest are stored"))})
    @APIResponse(responseCode = "200", description = "What was stored or deleted, and which records failed",
            content = @Content(schema = @Schema(implementation = BatchReport.class),
                    examples = @ExampleObject(name = "one failed", value = """
                            {"received":3,"stored":2,"deleted":0,"failed":1,
                             "errors":[{"item":2,"recordId":"LL-ASM-102939","field":"authorisedDate","reason":"must not be before startDate"}]}""")))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array (or NDJSON) at all",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 10,000 records, or a body over the upload limit",
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public BatchReport send(InputStream body, @Context HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        boolean ndjson = type != null && NDJSON.equals(type.getType() + "/" + type.getSubtype());
        PracticeRecordBatch.Read read = batch.read(body, ndjson);
        return PracticeRecordMapper.toReport(intake.load(read.items(), read.errors()));
    }
}
