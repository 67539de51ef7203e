package uk.gov.safeguarding.actionplan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.actionplan.domain.ActionPlanRefused;
import uk.gov.safeguarding.actionplan.domain.ResponseClock;
import uk.gov.safeguarding.actionplan.domain.SourceType;
import uk.gov.safeguarding.actionplan.repository.SourceRow;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.calendar.WorkingDays;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.chassis.events.TimeOrderedIds;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.kernel.Topics;

/** Sources of recommendations, each with its response due on its statutory clock (the shared calendar's working days). */
@ApplicationScoped
public class Sources {

    private final Outbox outbox;
    private final ActivityLog activityLog;
    private final Actor actor;
    private final WorkingDays workingDays;

    public Sources(Outbox outbox, ActivityLog activityLog, Actor actor, WorkingDays workingDays) {
        this.outbox = outbox;
        this.activityLog = activityLog;
        this.actor = actor;
        this.workingDays = workingDays;
    }

    /** {@code clock} overrides the type's own; {@code responseDue}, when given, is taken as it is. */
    public record NewSource(SourceType type, String title, List<String> localAuthorities, String commissionedBy,
                            LocalDate publishedOn, ResponseClock clock, LocalDate responseDue, String externalRef) {
    }

    @Transactional
    public SourceRow create(NewSource request) {
        SourceRow row = insert(actor.id(), request);
        activityLog.recordSuccess(row.id.toString());
        return row;
    }

    /** As {@link #create}, in the background, in the name of {@code by}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SourceRow createFor(String by, NewSource request, String why) {
        SourceRow row = insert(by, request);
        activityLog.recordOnBehalfOf(by, why, "source", row.id.toString(), List.of());
        return row;
    }

    private SourceRow insert(String by, NewSource request) {
        if (request.externalRef() != null) {
            SourceRow known = SourceRow.find("externalRef", request.externalRef()).firstResult();
            if (known != null) {
                return known;
            }
        }
        ResponseClock clock = request.clock() == null ? request.type().defaultClock() : request.clock();
        LocalDate due = request.responseDue();
        if (due == null && request.publishedOn() != null) {
            due = clock.due(request.publishedOn(), workingDays.calendar());
        }
        if (due != null && request.publishedOn() != null && due.isBefore(request.publishedOn())) {
            throw new ActionPlanRefused("responseDue", "is before publishedOn");
        }
        SourceRow row = new SourceRow();
        row.id = TimeOrderedIds.next();
        row.type = request.type();
        row.title = request.title();
        row.localAuthorities = request.localAuthorities().toArray(String[]::new);
        row.commissionedBy = request.commissionedBy();
        row.publishedOn = request.publishedOn();
        row.responseDue = due;
        row.externalRef = request.externalRef();
        row.createdBy = by;
        row.createdAt = Instant.now();
        row.persist();
        outbox.publish(Topics.ACTIONS, "source", row.id.toString(), "created", new ActionPlanEvents.SourceEvent(row.id,
                row.type.name(), Arrays.asList(row.localAuthorities), row.publishedOn, row.responseDue, row.externalRef,
                row.createdBy, row.createdAt));
        return row;
    }

    @Transactional
    public SourceRow get(UUID id) {
        SourceRow row = SourceRow.findById(id);
        if (row == null) {
            throw new RequestRefused("id", "no source " + id);
        }
        return row;
    }

    public record Found(List<SourceRow> sources, long total) {
    }

    /** Newest first, by council (any of a partnership's) and type when given. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Found list(String localAuthority, SourceType type, int page, int size) {
        // a council is any element of the array: native SQL, as HQL's array functions bind text[] as varchar[]
        String where = " WHERE (CAST(:council AS text) IS NULL OR CAST(:council AS text) = ANY (local_authorities))"
                + " AND (CAST(:type AS text) IS NULL OR source_type = CAST(:type AS text))";
        var entityManager = SourceRow.getEntityManager();
        var select = entityManager.createNativeQuery("SELECT * FROM source" + where
                + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset", SourceRow.class);
        var count = entityManager.createNativeQuery("SELECT count(*) FROM source" + where);
        for (var query : List.of(select, count)) {
            query.setParameter("council", localAuthority);
            query.setParameter("type", type == null ? null : type.name());
        }
        select.setParameter("limit", size);
        select.setParameter("offset", (long) page * size);
        return new Found(select.getResultList(), ((Number) count.getSingleResult()).longValue());
    }
}
