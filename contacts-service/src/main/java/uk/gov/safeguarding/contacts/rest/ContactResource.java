package uk.gov.safeguarding.contacts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.chassis.activity.ActivityLogged;
import uk.gov.safeguarding.chassis.council.CouncilCode;
import uk.gov.safeguarding.chassis.council.CouncilCodes;
import uk.gov.safeguarding.chassis.problem.Problem;
import uk.gov.safeguarding.chassis.problem.ProblemDocs;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.rest.PageOf;
import uk.gov.safeguarding.chassis.rest.PageRequest;
import uk.gov.safeguarding.chassis.rest.QueryParams;
import uk.gov.safeguarding.chassis.security.Roles;
import uk.gov.safeguarding.contacts.domain.ContactOutcome;
import uk.gov.safeguarding.contacts.domain.ContactSource;
import uk.gov.safeguarding.contacts.domain.ContactStatus;
import uk.gov.safeguarding.contacts.domain.Identifiers;
import uk.gov.safeguarding.contacts.mapping.ContactMapper;
import uk.gov.safeguarding.contacts.repository.ContactQuery;
import uk.gov.safeguarding.contacts.repository.ContactSort;
import uk.gov.safeguarding.contacts.service.ContactActions;
import uk.gov.safeguarding.contacts.service.ContactService;

@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Contacts to the front door, their screening, decision and feedback")
public class ContactResource {

    private final ContactService service;

    public ContactResource(ContactService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.INTEGRATION})
    @ActivityLogged(action = ContactActions.RECORD, resourceType = "contact")
    @Operation(operationId = "recordContact", summary = "Record a contact received by the front door",
            description = "Counts each child's earlier contacts in the previous 12 months and publishes "
                    + "safeguarding.contact.received.v1. With a senderRef already stored, answers 200 with the "
                    + "stored contact and changes nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordContactRequest.class),
            examples = @ExampleObject(name = "school", value = """
                    {"localAuthority":"E06000015","senderRef":"LL-CON-000123","receivedAt":"2021-03-01T09:15:00Z",
                     "source":"2A","channel":"PHONE","referrerOrganisation":"Primary school",
                     "referrerRole":"Designated safeguarding lead",
                     "children":[{"childRef":"DB1234567","birthMonth":"2016-04","unborn":false,"sex":"F"}],
                     "concernCodes":["3A"],"summary":"Disclosure in class of domestic abuse at home."}""")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "200", description = "Already recorded under this senderRef",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ProblemResponses.VALIDATION_EXAMPLE)))
    @APIResponse(responseCode = "413", description = ProblemDocs.TOO_LARGE,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = ProblemDocs.UNSUPPORTED,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@Valid @NotNull RecordContactRequest body, UriInfo uri) {
        ContactService.Recorded recorded = service.record(ContactMapper.toCommand(body));
        ContactView contact = ContactMapper.toView(recorded.contact(), Instant.now());
        if (!recorded.created()) {
            return Response.ok(contact).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(contact.id().toString()).build())
                .entity(contact).build();
    }

    @GET
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.ANALYST, Roles.INTEGRATION})
    @ActivityLogged(action = ContactActions.LIST, resourceType = "contact", idParameter = "childRef", childRefParameter = "childRef")
    @Operation(operationId = "listContacts", summary = "Find contacts",
            description = "Filters combine with AND. Dates are Europe/London dates, both ends included. "
                    + "A child-level read: the activity log names every child on the page (and the childRef searched for).")
    @APIResponse(responseCode = "200", description = "A page of contacts",
            content = @Content(schema = @Schema(implementation = PageOf.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageOf<ContactView> list(
            @QueryParam("localAuthority") @CouncilCode
            @Parameter(example = "E06000015") String localAuthority,
            @QueryParam("receivedFrom") @Parameter(description = "First day, YYYY-MM-DD", example = "2021-03-01")
            String receivedFrom,
            @QueryParam("receivedTo") @Parameter(description = "Last day, YYYY-MM-DD", example = "2021-03-31")
            String receivedTo,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ContactStatus.class)) String status,
            @QueryParam("source") @Parameter(description = "Census source code", example = "1A") String source,
            @QueryParam("outcome") @Parameter(schema = @Schema(implementation = ContactOutcome.class)) String outcome,
            @QueryParam("childRef") @Pattern(regexp = Identifiers.CHILD_REF, message = "must be 1 to 20 letters or digits")
            String childRef,
            @QueryParam("minEarlierContacts")
            @Parameter(description = "Only contacts whose children had at least this many earlier contacts in 12 months",
                    example = "2")
            String minEarlierContacts,
            @QueryParam("overdue") @Parameter(description = "true: undecided after 1 working day; false: not overdue")
            String overdue,
            @QueryParam("sort") @Parameter(description = "One of " + ContactSort.ALLOWED, example = "-receivedAt")
            String sort,
            @BeanParam PageRequest page) {
        ContactSource parsedSource = source == null ? null : ContactSource.parse(source)
                .orElseThrow(() -> ProblemException.invalid("source", "must be a CIN census source code such as 1A"));
        ContactSort parsedSort = ContactSort.parse(sort)
                .orElseThrow(() -> ProblemException.invalid("sort", "must be one of " + ContactSort.ALLOWED));
        LocalDate from = QueryParams.date("receivedFrom", receivedFrom);
        LocalDate to = QueryParams.date("receivedTo", receivedTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("receivedTo", "must not be before receivedFrom");
        }
        ContactQuery query = new ContactQuery(CouncilCodes.canonicalOrSame(localAuthority), from, to,
                QueryParams.enumValue("status", status, ContactStatus.class), parsedSource,
                QueryParams.enumValue("outcome", outcome, ContactOutcome.class), childRef,
                QueryParams.integer("minEarlierContacts", minEarlierContacts, 0, 10_000),
                QueryParams.bool("overdue", overdue), parsedSort);
        PageRequest requested = new PageRequest(page.page(), page.size());
        ContactService.Found found = service.search(query, requested);
        Instant now = Instant.now();
        return PageOf.of(found.contacts().stream().map(contact -> ContactMapper.toView(contact, now)).toList(), requested,
                found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AUDITOR, Roles.INTEGRATION})
    @ActivityLogged(action = ContactActions.READ, resourceType = "contact")
    @Operation(operationId = "getContact", summary = "Read one contact (a child-level read, written to the activity log)")
    @APIResponse(responseCode = "200", description = "The contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ContactView get(@PathParam("id") UUID id) {
        return ContactMapper.toView(service.get(id), Instant.now());
    }

    @POST
    @Path("/{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    @ActivityLogged(action = ContactActions.SCREEN, resourceType = "contact")
    @Operation(operationId = "screenContact", summary = "Record a practitioner's screening and recommended outcome")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScreeningRequest.class),
            examples = @ExampleObject(name = "referral", value = """
                    {"recommendedOutcome":"CIN_REFERRAL","thresholdLevel":3,
                     "rationale":"Disclosure at school; threshold for assessment met."}""")))
    @APIResponse(responseCode = "200", description = "Screened; now awaiting a manager's authorisation",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ProblemResponses.CONFLICT,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ContactView screen(@PathParam("id") UUID id, @Valid @NotNull ScreeningRequest body) {
        return ContactMapper.toView(service.screen(id, ContactMapper.toCommand(body)), Instant.now());
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @ActivityLogged(action = ContactActions.DECIDE, resourceType = "contact")
    @Operation(operationId = "decideContact", summary = "Authorise the decision (a manager who did not screen it)",
            description = "Computes the working days from receipt with the England and Wales calendar and whether "
                    + "the decision was within 1 working day.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "authorise", value = "{\"outcome\":\"CIN_REFERRAL\"}")))
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ProblemResponses.CONFLICT,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ProblemResponses.RULE,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "separation", value = ProblemResponses.SEPARATION_EXAMPLE)))
    public ContactView decide(@PathParam("id") UUID id, @Valid DecisionRequest body) {
        return ContactMapper.toView(service.decide(id, ContactMapper.toCommand(body)), Instant.now());
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @ActivityLogged(action = ContactActions.RETURN, resourceType = "contact")
    @Operation(operationId = "returnContact", summary = "Return a screened contact for re-screening, with a reason")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReturnRequest.class),
            examples = @ExampleObject(name = "return", value = "{\"reason\":\"Check with the health visitor first.\"}")))
    @APIResponse(responseCode = "200", description = "Returned; awaiting screening again",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ProblemResponses.CONFLICT,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ContactView returnForRescreening(@PathParam("id") UUID id, @Valid @NotNull ReturnRequest body) {
        return ContactMapper.toView(service.returnForRescreening(id, ContactMapper.toCommand(body)), Instant.now());
    }

    @POST
    @Path("/{id}/referrer-feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    @ActivityLogged(action = ContactActions.REFERRER_INFORMED, resourceType = "contact")
    @Operation(operationId = "recordReferrerFeedback", summary = "Record that the referrer was told the outcome")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FeedbackRequest.class),
            examples = @ExampleObject(name = "email", value = "{\"method\":\"EMAIL\",\"informedAt\":\"2021-03-02T10:00:00Z\"}")))
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ProblemResponses.CONFLICT,
            content = @Content(mediaType = ProblemDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ContactView referrerFeedback(@PathParam("id") UUID id, @Valid @NotNull FeedbackRequest body) {
        return ContactMapper.toView(service.referrerInformed(id, ContactMapper.toCommand(body)), Instant.now());
    }
}
