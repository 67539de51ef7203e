package uk.gov.safeguarding.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.audit.domain.audit.AuditRefused;
import uk.gov.safeguarding.audit.domain.audit.AuditType;
import uk.gov.safeguarding.audit.service.AuditSummaries;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.chassis.text.OptionalText;

@Path("/api/v1/audit-summary")
@Tag(name = "Audit summary", description = "What practice reviews report: % of cases judged good or better, and more")
public class AuditSummaryResource {

    private static final String CSV = "text/csv";

    private final AuditSummaries summaries;

    public AuditSummaryResource(AuditSummaries summaries) {
        this.summaries = summaries;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ANALYST, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "summariseAudits", summary = "% of submitted case audits judged good or better, and more",
            description = "Overall, by domain, team, audit type, theme and reporting quarter (of submission), with grade "
                    + "distributions, moderation agreement, and escalations open and overdue. A moderated case counts "
                    + "with its moderated grades. Cancelled audits are left out.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditSummaryView.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = """
                                    local_authority,dimension,value,cases,good_or_better,percent_good_or_better,grades,suppressed
                                    E06000015,overall,all,20,15,75.0,OUTSTANDING=2;GOOD=13;REQUIRES_IMPROVEMENT=5;INADEQUATE=0,false
                                    """))})
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AuditSummaryView summarise(
            @QueryParam("localAuthority") @CouncilCode @Parameter(example = "E06000015") String localAuthority,
            @QueryParam("from") @Parameter(description = "Submitted on or after, YYYY-MM-DD") String from,
            @QueryParam("to") @Parameter(description = "Submitted on or before, YYYY-MM-DD") String to,
            @QueryParam("type") @Parameter(example = "THEMATIC_DIP_SAMPLE") String type,
            @QueryParam("theme") @Parameter(description = "One theme, as planned (any case)") String theme,
            @QueryParam("suppress") @Parameter(description = "true: hide counts of 1 to 5") String suppress,
            @QueryParam("format") @Parameter(description = "csv or json: the same as Accept: text/csv or application/json")
            String format) {
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new AuditRefused("to", "must not be before from");
        }
        return AuditSummaryView.of(summaries.summarise(new AuditSummaries.Filter(
                CouncilCodes.canonicalOrSame(localAuthority), first, last,
                QueryParams.enumValue("type", type, AuditType.class),
                OptionalText.of(theme), Boolean.TRUE.equals(QueryParams.bool("suppress", suppress)))));
    }
}
