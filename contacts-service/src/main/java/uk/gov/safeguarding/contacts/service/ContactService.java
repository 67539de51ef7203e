package uk.gov.safeguarding.contacts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.calendar.WorkingDays;
import uk.gov.safeguarding.chassis.events.TimeOrderedIds;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;
import uk.gov.safeguarding.chassis.rest.PageRequest;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.contacts.domain.Contact;
import uk.gov.safeguarding.contacts.domain.ContactChild;
import uk.gov.safeguarding.contacts.domain.ContactSource;
import uk.gov.safeguarding.contacts.domain.ContactTransitionRefused;
import uk.gov.safeguarding.contacts.events.ContactEvents;
import uk.gov.safeguarding.contacts.repository.ContactQuery;
import uk.gov.safeguarding.contacts.repository.ContactRepository;

/** The front door's use cases, each one transaction: change, events and activity log entry together. */
@ApplicationScoped
public class ContactService {

    private final ContactRepository contacts;
    private final ContactEvents events;
    private final ActivityLog activityLog;
    private final WorkingDays workingDays;
    private final Actor actor;
    private final Clock clock;

    public ContactService(ContactRepository contacts, ContactEvents events, ActivityLog activityLog,
                          WorkingDays workingDays, Actor actor) {
        this.contacts = contacts;
        this.events = events;
        this.activityLog = activityLog;
        this.workingDays = workingDays;
        this.actor = actor;
        this.clock = Clock.systemUTC();
    }

    /** The contact as stored (its children loaded), and whether this request stored it. */
    public record Recorded(Contact contact, boolean created) {
    }

    /** A page of contacts (their children loaded) and how many match in all. */
    public record Found(List<Contact> contacts, long total) {
    }

    @Transactional
    public Recorded record(NewContact sent) {
        NewContact request = sent.inCanonicalCouncil();
        ContactSource source = checkRequest(request);
        if (request.senderRef() != null) {
            Optional<Contact> existing = contacts.findBySenderRef(request.localAuthority(), request.senderRef());
            if (existing.isPresent()) {
                activityLog.recordSuccess(existing.get().id.toString(), childRefs(existing.get()));
                return new Recorded(existing.get(), false);
            }
        }
        List<ContactChild> children = new ArrayList<>();
        for (var childRequest : request.children()) {
            ContactChild child = childRequest.toChild();
            child.earlierContacts = contacts.countEarlierContacts(request.localAuthority(), child.childRef,
                    request.receivedAt());
            children.add(child);
        }
        Contact contact = Contact.received(TimeOrderedIds.next(), request.localAuthority(), request.receivedAt(),
                source, request.channel(), children, workingDays.calendar(), actor.id(), now());
        contact.senderRef = request.senderRef();
        contact.referrerOrganisation = request.referrerOrganisation();
        contact.referrerRole = request.referrerRole();
        contact.concernCodes = request.concernCodes() == null ? new String[0]
                : new LinkedHashSet<>(request.concernCodes()).toArray(String[]::new);
        contact.summary = request.summary();
        contacts.persist(contact);
        events.publish(contact, ContactEvents.RECEIVED);
        activityLog.recordSuccess(contact.id.toString(), childRefs(contact));
        return new Recorded(contact, true);
    }

    private ContactSource checkRequest(NewContact request) {
        List<FieldViolation> violations = ContactRequestRules.check(request, now());
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations.size() == 1
                    ? violations.get(0).field() + ": " + violations.get(0).message()
                    : violations.size() + " fields are not valid", violations);
        }
        return ContactSource.parse(request.source()).orElseThrow();
    }

    @Transactional
    public Contact get(UUID id) {
        Contact contact = contacts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("contact", id));
        activityLog.recordSuccess(id.toString(), childRefs(contact));
        return contact;
    }

    @Transactional
    public Found search(ContactQuery query, PageRequest page) {
        var found = contacts.search(query, now());
        long total = found.count();
        List<Contact> contactsOnPage = found.page(page.page(), page.size()).list();
        // A page of contacts is a read of every child on it, and a search by child a read of that child.
        List<String> children = new ArrayList<>();
        if (query.childRef() != null) {
            children.add(query.childRef());
        }
        contactsOnPage.forEach(contact -> children.addAll(childRefs(contact)));
        activityLog.recordSuccess(query.childRef(), children);
        return new Found(contactsOnPage, total);
    }

    @Transactional
    public Contact screen(UUID id, ContactSteps.Screening request) {
        Contact contact = lock(id);
        Instant at = pastOrNow(request.screenedAt(), "screenedAt");
        apply(() -> contact.screen(actor.id(), request.recommendedOutcome(), request.thresholdLevel(),
                request.rationale(), at));
        events.publish(contact, ContactEvents.SCREENED);
        activityLog.recordSuccess(id.toString(), childRefs(contact));
        return contact;
    }

    @Transactional
    public Contact decide(UUID id, ContactSteps.Authorisation request) {
        Contact contact = lock(id);
        Instant at = pastOrNow(request.decidedAt(), "decidedAt");
        apply(() -> contact.authorise(actor.id(), request.outcome(), at, workingDays.calendar()));
        events.publish(contact, ContactEvents.DECIDED);
        activityLog.recordSuccess(id.toString(), childRefs(contact));
        return contact;
    }

    @Transactional
    public Contact returnForRescreening(UUID id, ContactSteps.ReturnForRescreening request) {
        Contact contact = lock(id);
        apply(() -> contact.returnForRescreening(actor.id(), request.reason()));
        events.publish(contact, ContactEvents.RETURNED);
        activityLog.recordSuccess(id.toString(), childRefs(contact));
        return contact;
    }

    @Transactional
    public Contact referrerInformed(UUID id, ContactSteps.ReferrerInformed request) {
        Contact contact = lock(id);
        Instant at = pastOrNow(request.informedAt(), "informedAt");
        apply(() -> contact.referrerInformed(actor.id(), request.method(), at, workingDays.calendar()));
        events.publish(contact, ContactEvents.REFERRER_INFORMED);
        activityLog.recordSuccess(id.toString(), childRefs(contact));
        return contact;
    }

    /** The contact, locked; its children are named in this request's entry even if the step is then refused. */
    private Contact lock(UUID id) {
        Contact contact = contacts.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("contact", id));
        activityLog.concerning(id.toString(), childRefs(contact));
        return contact;
    }

    private static List<String> childRefs(Contact contact) {
        return contact.children.stream().map(child -> child.childRef).toList();
    }

    private static void apply(Runnable step) {
        try {
            step.run();
        } catch (ContactTransitionRefused refused) {
            if (refused.reason() == ContactTransitionRefused.Reason.WRONG_STATE) {
                throw ProblemException.conflict(refused.getMessage());
            }
            throw ProblemException.ruleViolation(refused.field(), refused.getMessage());
        }
    }

    private Instant pastOrNow(Instant given, String field) {
        Instant now = now();
        if (given == null) {
            return now;
        }
        if (given.isAfter(now.plus(ContactRequestRules.CLOCK_SKEW))) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
        return given;
    }

    private Instant now() {
        return clock.instant();
    }
}
