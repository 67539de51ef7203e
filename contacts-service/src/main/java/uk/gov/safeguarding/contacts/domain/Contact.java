package uk.gov.safeguarding.contacts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.safeguarding.workingdays.WorkingDayCalendar;

/**
 * A contact to the front door and its journey: screening by a practitioner, a decision authorised
 * by a manager (or a return for re-screening), and feedback to the referrer.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    public UUID id;

    @Version
    public int version;

    @Column(name = "local_authority")
    public String localAuthority;

    /** The sending system's own id for the contact; re-sending it adds nothing. */
    @Column(name = "sender_ref")
    public String senderRef;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    public ContactSource source;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "referrer_organisation")
    public String referrerOrganisation;

    @Column(name = "referrer_role")
    public String referrerRole;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "concern_codes")
    public String[] concernCodes = new String[0];

    /** Short practice summary; never leaves this service in an event. */
    public String summary;

    @Enumerated(EnumType.STRING)
    public ContactStatus status;

    /** The most earlier contacts any child of this contact had in the 12 months before it. */
    @Column(name = "earlier_contacts")
    public int earlierContacts;

    @Column(name = "decision_due_at")
    public Instant decisionDueAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_child", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    public List<ContactChild> children = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "recommended_outcome")
    public ContactOutcome recommendedOutcome;

    @Column(name = "threshold_level")
    public Integer thresholdLevel;

    @Column(name = "screening_rationale")
    public String screeningRationale;

    @Column(name = "screened_by")
    public String screenedBy;

    @Column(name = "screened_at")
    public Instant screenedAt;

    @Column(name = "return_count")
    public int returnCount;

    @Column(name = "last_return_reason")
    public String lastReturnReason;

    @Enumerated(EnumType.STRING)
    public ContactOutcome outcome;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_working_days")
    public Integer decisionWorkingDays;

    @Column(name = "decision_in_timescale")
    public Boolean decisionInTimescale;

    @Column(name = "referrer_informed_at")
    public Instant referrerInformedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "referrer_informed_method")
    public FeedbackMethod referrerInformedMethod;

    @Column(name = "referrer_informed_by")
    public String referrerInformedBy;

    @Column(name = "feedback_working_days")
    public Integer feedbackWorkingDays;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Starts a contact's journey; earlier-contact counts are set by the caller per child. */
    public static Contact received(UUID id, String localAuthority, Instant receivedAt, ContactSource source,
                                   Channel channel, List<ContactChild> children, WorkingDayCalendar calendar,
                                   String createdBy, Instant now) {
        Contact contact = new Contact();
        contact.id = id;
        contact.localAuthority = localAuthority;
        contact.receivedAt = receivedAt;
        contact.source = source;
        contact.channel = channel;
        contact.status = ContactStatus.AWAITING_SCREENING;
        contact.decisionDueAt = ContactDecision.decisionDueAt(calendar, receivedAt);
        contact.createdBy = createdBy;
        contact.createdAt = now;
        for (ContactChild child : children) {
            child.localAuthority = localAuthority;
            child.receivedAt = receivedAt;
            contact.children.add(child);
            contact.earlierContacts = Math.max(contact.earlierContacts, child.earlierContacts);
        }
        return contact;
    }

    public void screen(String practitioner, ContactOutcome recommended, int level, String rationale, Instant at) {
        ContactDecision.requireStatus(status, ContactStatus.AWAITING_SCREENING, "screen");
        ContactDecision.requireNotBefore(receivedAt, at, "screenedAt", "Screening");
        recommendedOutcome = recommended;
        thresholdLevel = level;
        screeningRationale = rationale;
        screenedBy = practitioner;
        screenedAt = at;
        status = ContactStatus.AWAITING_AUTHORISATION;
    }

    public void authorise(String manager, ContactOutcome decided, Instant at, WorkingDayCalendar calendar) {
        ContactDecision.requireStatus(status, ContactStatus.AWAITING_AUTHORISATION, "authorise");
        ContactDecision.requireSeparationOfDuties(screenedBy, manager);
        ContactDecision.requireNotBefore(screenedAt, at, "decidedAt", "The decision");
        outcome = decided == null ? recommendedOutcome : decided;
        decidedBy = manager;
        decidedAt = at;
        decisionWorkingDays = ContactDecision.decisionWorkingDays(calendar, receivedAt, at);
        decisionInTimescale = ContactDecision.decisionInTimescale(decisionWorkingDays);
        status = ContactStatus.DECIDED;
    }

    /**
     * A decision made before the contact reached this service (batch intake of historic data). Who
     * screened and who authorised it are not known here, so separation of duties cannot be checked.
     */
    public void recordHistoricDecision(ContactOutcome decided, Instant at, WorkingDayCalendar calendar) {
        ContactDecision.requireStatus(status, ContactStatus.AWAITING_SCREENING, "record a historic decision for");
        ContactDecision.requireNotBefore(receivedAt, at, "decidedAt", "The decision");
        outcome = decided;
        decidedAt = at;
        decisionWorkingDays = ContactDecision.decisionWorkingDays(calendar, receivedAt, at);
        decisionInTimescale = ContactDecision.decisionInTimescale(decisionWorkingDays);
        status = ContactStatus.DECIDED;
    }

    public void returnForRescreening(String manager, String reason) {
        ContactDecision.requireStatus(status, ContactStatus.AWAITING_AUTHORISATION, "return");
        returnCount++;
        lastReturnReason = reason;
        status = ContactStatus.AWAITING_SCREENING;
    }

    public void referrerInformed(String by, FeedbackMethod method, Instant at, WorkingDayCalendar calendar) {
        ContactDecision.requireStatus(status, ContactStatus.DECIDED, "record feedback to the referrer of");
        if (referrerInformedAt != null) {
            throw new ContactTransitionRefused(ContactTransitionRefused.Reason.WRONG_STATE, "informedAt",
                    "The referrer was already recorded as informed at " + referrerInformedAt);
        }
        ContactDecision.requireNotBefore(decidedAt, at, "informedAt", "Feedback to the referrer");
        referrerInformedAt = at;
        referrerInformedMethod = method;
        referrerInformedBy = by;
        feedbackWorkingDays = ContactDecision.feedbackWorkingDays(calendar, decidedAt, at);
    }

    public boolean isOverdue(Instant now) {
        return status != ContactStatus.DECIDED && !now.isBefore(decisionDueAt);
    }
}
