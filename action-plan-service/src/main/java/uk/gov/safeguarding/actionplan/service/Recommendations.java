package uk.gov.safeguarding.actionplan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.actionplan.domain.ActionPlanRefused;
import uk.gov.safeguarding.actionplan.domain.ActionStatus;
import uk.gov.safeguarding.actionplan.domain.Recommendation;
import uk.gov.safeguarding.actionplan.domain.Reimport;
import uk.gov.safeguarding.actionplan.domain.ReportReferences;
import uk.gov.safeguarding.actionplan.repository.ActionRow;
import uk.gov.safeguarding.actionplan.repository.RecommendationRow;
import uk.gov.safeguarding.actionplan.repository.SourceRow;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.chassis.events.TimeOrderedIds;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.kernel.Topics;

/** A source's recommendations, with the council's response and the progress their actions make. */
@ApplicationScoped
public class Recommendations {

    private final Outbox outbox;
    private final ActivityLog activityLog;
    private final Actor actor;

    public Recommendations(Outbox outbox, ActivityLog activityLog, Actor actor) {
        this.outbox = outbox;
        this.activityLog = activityLog;
        this.actor = actor;
    }

    public record NewRecommendation(String number, ReportReferences references, String theme, String text,
                                    String addressedTo, Recommendation.Response response, String responseReason,
                                    String externalRef) {
    }

    /** A recommendation and its progress, derived from its actions. */
    public record Tracked(RecommendationRow recommendation, Recommendation.Progress progress, List<ActionStatus> actions) {
    }

    @Transactional
    public Tracked create(UUID sourceId, NewRecommendation request) {
        Tracked created = insert(actor.id(), sourceId, request);
        activityLog.recordSuccess(created.recommendation().id.toString());
        return created;
    }

    /** As {@link #create}, in the background, in the name of {@code by}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Tracked createFor(String by, UUID sourceId, NewRecommendation request, String why) {
        Tracked created = insert(by, sourceId, request);
        activityLog.recordOnBehalfOf(by, why, "recommendation",
                created.recommendation().id.toString(), List.of());
        return created;
    }

    private Tracked insert(String by, UUID sourceId, NewRecommendation request) {
        if (SourceRow.findById(sourceId) == null) {
            throw new RequestRefused("sourceId", "no source " + sourceId);
        }
        if (request.externalRef() != null) {
            RecommendationRow known = RecommendationRow.find("externalRef", request.externalRef()).firstResult();
            if (known != null) {
                return tracked(known);
            }
        }
        if (RecommendationRow.count("sourceId = ?1 and number = ?2", sourceId, request.number()) > 0) {
            throw ActionPlanRefused.wrongState("the source has a recommendation " + request.number() + " already");
        }
        if (request.response() != null) {
            Recommendation.checkResponse(request.response(), request.responseReason());
        }
        RecommendationRow row = new RecommendationRow();
        row.id = TimeOrderedIds.next();
        row.sourceId = sourceId;
        row.number = request.number();
        row.refs = request.references().asText().toArray(String[]::new);
        row.theme = request.theme();
        row.text = request.text();
        row.addressedTo = request.addressedTo();
        row.response = request.response();
        row.responseReason = request.responseReason();
        row.externalRef = request.externalRef();
        row.createdBy = by;
        row.createdAt = Instant.now();
        row.persist();
        publish(row, "created", by);
        return tracked(row);
    }

    /** The council's response: accepted, or partly or not accepted with the reason. */
    @Transactional
    public Tracked respond(UUID id, Recommendation.Response response, String reason) {
        RecommendationRow row = found(id);
        Recommendation.checkResponse(response, reason);
        row.response = response;
        row.responseReason = reason;
        publish(row, "responded", actor.id());
        activityLog.recordSuccess(row.id.toString());
        return tracked(row);
    }

    /** A recommendation a table says something new of (a re-import), in the name of {@code by}. */
    @Transactional(Transactional.TxType.MANDATORY)
    void reviseFor(String by, String why, RecommendationRow row, Reimport.RecommendationTerms terms) {
        row.refs = terms.references().toArray(String[]::new);
        row.theme = terms.theme();
        row.text = terms.text();
        row.addressedTo = terms.addressedTo();
        row.response = terms.response();
        row.responseReason = terms.responseReason();
        publish(row, "updated", by);
        activityLog.recordOnBehalfOf(by, why, "recommendation", row.id.toString(), List.of());
    }

    static Reimport.RecommendationTerms terms(RecommendationRow row) {
        return new Reimport.RecommendationTerms(Arrays.asList(row.refs), row.theme, row.text, row.addressedTo,
                row.response, row.responseReason);
    }

    @Transactional
    public Tracked get(UUID id) {
        return tracked(found(id));
    }

    @Transactional
    public List<Tracked> ofSource(UUID sourceId) {
        if (SourceRow.findById(sourceId) == null) {
            throw new RequestRefused("sourceId", "no source " + sourceId);
        }
        return RecommendationRow.<RecommendationRow>find("sourceId = ?1 order by createdAt, id", sourceId).list().stream()
                .map(Recommendations::tracked).toList();
    }

    static RecommendationRow found(UUID id) {
        RecommendationRow row = RecommendationRow.findById(id);
        if (row == null) {
            throw new RequestRefused("id", "no recommendation " + id);
        }
        return row;
    }

    private static Tracked tracked(RecommendationRow row) {
        List<ActionStatus> actions = ActionRow.<ActionRow>find("recommendationId = ?1", row.id).list().stream()
                .map(a -> a.status).toList();
        return new Tracked(row, Recommendation.progress(row.response, actions), actions);
    }

    private void publish(RecommendationRow row, String event, String by) {
        outbox.publish(Topics.ACTIONS, "recommendation", row.id.toString(), event,
                new ActionPlanEvents.RecommendationEvent(row.id, row.sourceId, row.number, Arrays.asList(row.refs),
                        row.response == null ? null : row.response.name(), row.externalRef, by, Instant.now()));
    }
}
