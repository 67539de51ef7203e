package uk.gov.safeguarding.actionplan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.actionplan.domain.Action;
import uk.gov.safeguarding.actionplan.domain.ActionPlanRefused;
import uk.gov.safeguarding.actionplan.domain.ActionStatus;
import uk.gov.safeguarding.actionplan.domain.DueDateRevision;
import uk.gov.safeguarding.actionplan.domain.ImpactMeasure;
import uk.gov.safeguarding.actionplan.domain.Rag;
import uk.gov.safeguarding.actionplan.domain.RagRules;
import uk.gov.safeguarding.actionplan.domain.Reimport;
import uk.gov.safeguarding.actionplan.repository.ActionRow;
import uk.gov.safeguarding.actionplan.repository.ActionUpdateRow;
import uk.gov.safeguarding.actionplan.repository.DueDateRevisionRow;
import uk.gov.safeguarding.actionplan.repository.RecommendationRow;
import uk.gov.safeguarding.actionplan.repository.ReportQueries;
import uk.gov.safeguarding.actionplan.repository.SourceRow;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.calendar.WorkingDays;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.chassis.events.TimeOrderedIds;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kernel.Topics;

/**
 * Actions (the transaction around the domain's {@link Action}): created under a recommendation, moved through
 * their statuses, progress appended with evidence, due dates revised only with a second person's approval.
 * Every change publishes where the action stands, with its RAG by the council's rules.
 */
@ApplicationScoped
public class Actions {

    private final Outbox outbox;
    private final ActivityLog activityLog;
    private final Actor actor;
    private final WorkingDays workingDays;
    private final RagRules rules;
    private final ImpactMeasures impacts;
    private final ReportQueries queries;

    public Actions(Outbox outbox, ActivityLog activityLog, Actor actor, WorkingDays workingDays, ImpactMeasures impacts,
                   ReportQueries queries,
                   @ConfigProperty(name = "suite.actions.amber-within-working-days", defaultValue = "10") int amberWithin,
                   @ConfigProperty(name = "suite.actions.blocked-is-amber", defaultValue = "true") boolean blockedIsAmber) {
        this.outbox = outbox;
        this.activityLog = activityLog;
        this.actor = actor;
        this.workingDays = workingDays;
        this.rules = new RagRules(amberWithin, blockedIsAmber);
        this.impacts = impacts;
        this.queries = queries;
    }

    public record NewAction(String what, String owner, String ownerRole, String ownerAgency, List<String> partners,
                            LocalDate dueDate, String approvedByBoard, LocalDate approvedOn, String impactKpi,
                            String impactDirection, BigDecimal impactTarget) {
    }

    /** An action as it stands now, with its RAG and its owner's latest judgement. */
    public record Standing(ActionRow action, Rag rag, Rag ownerRag, List<ImpactMeasure.Impact> impact) {
    }

    @Transactional
    public Standing create(UUID recommendationId, NewAction request) {
        ActionRow row = insert(actor.id(), recommendationId, request);
        activityLog.recordSuccess(row.id.toString());
        return standing(row);
    }

    /** As {@link #create}, in the background (a KPI exception's default action), in the name of {@code by}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActionRow createFor(String by, String why, UUID recommendationId, NewAction request) {
        ActionRow row = insert(by, recommendationId, request);
        activityLog.recordOnBehalfOf(by, why, "action", row.id.toString(), List.of());
        return row;
    }

    private ActionRow insert(String by, UUID recommendationId, NewAction request) {
        RecommendationRow recommendation = Recommendations.found(recommendationId);
        if ((request.approvedByBoard() == null) != (request.approvedOn() == null)) {
            throw new ActionPlanRefused(request.approvedByBoard() == null ? "approvedByBoard" : "approvedOn",
                    "an approval names the board and the day together");
        }
        Action action = Action.create(request.owner(), request.dueDate());
        ActionRow row = new ActionRow();
        row.id = TimeOrderedIds.next();
        row.recommendationId = recommendationId;
        row.what = request.what();
        row.owner = request.owner();
        row.ownerRole = request.ownerRole();
        row.ownerAgency = request.ownerAgency();
        row.partners = request.partners().toArray(String[]::new);
        row.approvedByBoard = request.approvedByBoard();
        row.approvedOn = request.approvedOn();
        row.impactKpi = request.impactKpi();
        row.impactDirection = request.impactDirection();
        row.impactTarget = request.impactTarget();
        row.hold(action);
        row.createdBy = by;
        row.createdAt = Instant.now();
        row.updatedAt = row.createdAt;
        row.persist();
        publish(row, recommendation, "created", null, by);
        return row;
    }

    @Transactional
    public Standing move(UUID id, ActionStatus next, String reason) {
        ActionRow row = moved(actor.id(), locked(id), next, reason);
        activityLog.recordSuccess(id.toString());
        return standing(row);
    }

    /** As {@link #move}, in the background, in the name of {@code by}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveFor(String by, String why, ActionRow action, ActionStatus next, String reason) {
        moved(by, locked(action.id), next, reason);
        activityLog.recordOnBehalfOf(by, why, "action", action.id.toString(), List.of());
    }

    private ActionRow moved(String by, ActionRow row, ActionStatus next, String reason) {
        ActionStatus before = row.status;
        row.hold(row.action().moveTo(next, reason, by));
        row.statusReason = reason;
        row.updatedAt = Instant.now();
        String event = next == ActionStatus.COMPLETE ? "completed" : next == ActionStatus.VERIFIED ? "verified"
                : "status-changed";
        publish(row, Recommendations.found(row.recommendationId), event, before, by);
        return row;
    }

    public record NewUpdate(LocalDate writtenOn, String text, Rag ownerRag, String evidenceUrl, String evidenceSha256) {
    }

    /** Appends a progress update (never edited: a correction is a new one); evidence lets the action complete. */
    @Transactional
    public ActionUpdateRow addUpdate(UUID id, NewUpdate request) {
        ActionUpdateRow update = appended(actor.id(), id, request);
        activityLog.recordSuccess(id.toString());
        return update;
    }

    /** As {@link #addUpdate}, in the background (a note for the owner), in the name of {@code by}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addUpdateFor(String by, String why, UUID id, NewUpdate request) {
        appended(by, id, request);
        activityLog.recordOnBehalfOf(by, why, "action", id.toString(), List.of());
    }

    private ActionUpdateRow appended(String by, UUID id, NewUpdate request) {
        ActionRow row = locked(id);
        if (row.status == ActionStatus.VERIFIED || row.status == ActionStatus.CANCELLED) {
            throw ActionPlanRefused.wrongState("an action " + row.status.name().toLowerCase(java.util.Locale.ROOT)
                    + " takes no more updates");
        }
        if ((request.evidenceUrl() == null) != (request.evidenceSha256() == null)) {
            throw new ActionPlanRefused(request.evidenceUrl() == null ? "evidenceUrl" : "evidenceSha256",
                    "evidence is the link and the SHA-256 of the document it points to, together");
        }
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        if (request.writtenOn() != null && request.writtenOn().isAfter(today)) {
            throw new ActionPlanRefused("writtenOn", "is after today");
        }
        ActionUpdateRow update = new ActionUpdateRow();
        update.id = TimeOrderedIds.next();
        update.actionId = id;
        update.writtenOn = request.writtenOn() == null ? today : request.writtenOn();
        update.author = by;
        update.text = request.text();
        update.ownerRag = request.ownerRag();
        update.evidenceUrl = request.evidenceUrl();
        update.evidenceSha256 = request.evidenceSha256();
        update.recordedAt = Instant.now();
        update.persist();
        if (update.evidenceUrl != null) {
            row.hold(row.action().withEvidence());
        }
        row.updatedAt = update.recordedAt;
        publish(row, Recommendations.found(row.recommendationId), "progress-recorded", row.status, by);
        return update;
    }

    /** An action a table says something new of (a re-import; never its due date), in the name of {@code by}. */
    @Transactional(Transactional.TxType.MANDATORY)
    void reviseFor(String by, String why, ActionRow row, Reimport.ActionTerms terms) {
        if ((terms.board() == null) != (terms.approvedOn() == null)) {
            throw new ActionPlanRefused(terms.board() == null ? "approvedByBoard" : "approvedOn",
                    "an approval names the board and the day together");
        }
        row.what = terms.what();
        row.owner = terms.owner();
        row.ownerRole = terms.ownerRole();
        row.ownerAgency = terms.ownerAgency();
        row.partners = terms.partners().toArray(String[]::new);
        row.approvedByBoard = terms.board();
        row.approvedOn = terms.approvedOn();
        row.impactKpi = terms.impactKpi();
        row.impactDirection = terms.impactDirection();
        row.impactTarget = terms.impactTarget();
        row.updatedAt = Instant.now();
        publish(row, Recommendations.found(row.recommendationId), "updated", row.status, by);
        activityLog.recordOnBehalfOf(by, why, "action", row.id.toString(), List.of());
    }

    static Reimport.ActionTerms terms(ActionRow row) {
        return new Reimport.ActionTerms(row.what, row.owner, row.ownerRole, row.ownerAgency,
                Arrays.asList(row.partners), row.approvedByBoard, row.approvedOn, row.impactKpi, row.impactDirection,
                row.impactTarget);
    }

    @Transactional
    public DueDateRevisionRow requestRevision(UUID id, LocalDate proposed, String reason) {
        ActionRow row = locked(id);
        if (DueDateRevisionRow.count("actionId = ?1 and approved is null", id) > 0) {
            throw ActionPlanRefused.wrongState("a revision of this action's due date is waiting for a decision already");
        }
        DueDateRevision asked = row.action().requestRevision(proposed, reason, actor.id());
        DueDateRevisionRow revision = new DueDateRevisionRow();
        revision.id = TimeOrderedIds.next();
        revision.actionId = id;
        revision.fromDate = asked.from();
        revision.toDate = asked.to();
        revision.reason = asked.reason();
        revision.requestedBy = asked.requestedBy();
        revision.requestedAt = Instant.now();
        revision.persist();
        activityLog.recordSuccess(id.toString());
        return revision;
    }

    /** Approves or refuses the pending revision: a second person, neither whoever asked nor the owner. */
    @Transactional
    public DueDateRevisionRow decideRevision(UUID id, UUID revisionId, boolean approve) {
        ActionRow row = locked(id);
        DueDateRevisionRow revision = DueDateRevisionRow.findById(revisionId, LockModeType.PESSIMISTIC_WRITE);
        if (revision == null || !revision.actionId.equals(id)) {
            throw new RequestRefused("revisionId", "no revision " + revisionId + " of action " + id);
        }
        DueDateRevision decided = revision.revision().decided(actor.id(), approve, row.owner);
        if (approve) {
            row.hold(row.action().approveRevision(revision.revision(), actor.id()));
            row.updatedAt = Instant.now();
            publish(row, Recommendations.found(row.recommendationId), "due-date-revised", row.status);
        }
        revision.decidedBy = decided.decidedBy();
        revision.approved = decided.approved();
        revision.decidedAt = Instant.now();
        activityLog.recordSuccess(id.toString());
        return revision;
    }

    @Transactional
    public Standing get(UUID id) {
        ActionRow row = ActionRow.findById(id);
        if (row == null) {
            throw new RequestRefused("id", "no action " + id);
        }
        return standing(row);
    }

    public record Found(List<Standing> actions, long total) {
    }

    /** Actions of a council, source, type or board, and of an owner, statuses or only the overdue; soonest due first. */
    @Transactional
    public Found list(ReportQueries.Filter filter, ReportQueries.Selection selection, int page, int size) {
        ReportQueries.Page<ActionRow> found = queries.actions(filter, selection, LocalDate.now(LondonTime.ZONE), page,
                size);
        return new Found(found.items().stream().map(this::standing).toList(), found.total());
    }

    /** Whose actions "mine" means: the caller's. */
    public String me() {
        return actor.id();
    }

    @Transactional
    public List<Standing> ofRecommendation(UUID recommendationId) {
        Recommendations.found(recommendationId);
        return ActionRow.<ActionRow>find("recommendationId = ?1 order by createdAt, id", recommendationId).list().stream()
                .map(this::standing).toList();
    }

    @Transactional
    public List<ActionUpdateRow> updates(UUID id) {
        get(id);
        return ActionUpdateRow.<ActionUpdateRow>find("actionId = ?1 order by recordedAt, id", id).list();
    }

    @Transactional
    public List<DueDateRevisionRow> revisions(UUID id) {
        get(id);
        return DueDateRevisionRow.<DueDateRevisionRow>find("actionId = ?1 order by requestedAt, id", id).list();
    }

    private Standing standing(ActionRow row) {
        List<ImpactMeasure.Impact> impact = List.of();
        if (row.impactKpi != null) {
            SourceRow source = SourceRow.findById(Recommendations.found(row.recommendationId).sourceId);
            impact = impacts.of(List.of(row), Map.of(row.id, Arrays.asList(source.localAuthorities)))
                    .getOrDefault(row.id, List.of());
        }
        return new Standing(row, rag(row), ownerRag(row), impact);
    }

    private static Rag ownerRag(ActionRow row) {
        ActionUpdateRow latest = ActionUpdateRow.<ActionUpdateRow>find("actionId = ?1 and ownerRag is not null "
                + "order by recordedAt desc, id desc", row.id).firstResult();
        return latest == null ? null : latest.ownerRag;
    }

    Rag rag(ActionRow row) {
        return rules.of(row.status, row.dueDate, LocalDate.now(LondonTime.ZONE), workingDays.calendar());
    }

    private static ActionRow locked(UUID id) {
        ActionRow row = ActionRow.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new RequestRefused("id", "no action " + id);
        }
        return row;
    }

    /** A reminder of the scheduled check (due-soon, overdue, escalated), in the check's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(ActionRow row, String event) {
        publish(row, Recommendations.found(row.recommendationId), event, row.status, "action-plan-service");
    }

    private void publish(ActionRow row, RecommendationRow recommendation, String event, ActionStatus before) {
        publish(row, recommendation, event, before, actor.id());
    }

    private void publish(ActionRow row, RecommendationRow recommendation, String event, ActionStatus before, String by) {
        SourceRow source = SourceRow.findById(recommendation.sourceId);
        Rag rag = rag(row);
        Rag ownerRag = ownerRag(row);
        outbox.publish(Topics.ACTIONS, "action", row.id.toString(), event, new ActionPlanEvents.ActionEvent(row.id,
                row.recommendationId, source.id, Arrays.asList(source.localAuthorities), row.owner, row.ownerAgency,
                row.status.name(), before == null ? null : before.name(), row.dueDate, row.originalDueDate,
                row.revisions, rag == null ? null : rag.name(), ownerRag == null ? null : ownerRag.name(), row.approvedByBoard, row.impactKpi,
                by, Instant.now()));
    }
}
