package uk.gov.safeguarding.chassis.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.chassis.problem.RequestId;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.kernel.Topics;

/**
 * Writes activity log entries through the outbox to {@value #TOPIC}, where audit-service chains and keeps
 * them. All entries of one service share one aggregate id (the service name), so they stay in one
 * partition and keep their order.
 *
 * <p>The action and resource type of an entry are the ones its operation declares with
 * {@link ActivityLogged}, never a string passed here, so what is declared and what is recorded cannot
 * drift apart. A service names the record and the children concerned; exactly one entry is written a
 * request: by {@link #recordSuccess} in the service's transaction, or else by {@link ActivityLogFilter}
 * with the request's outcome.
 */
@ApplicationScoped
public class ActivityLog {

    public static final String TOPIC = Topics.ACTIVITY_LOG;
    public static final String AGGREGATE_TYPE = "activity";
    public static final String EVENT_NAME = "recorded";

    private final Outbox outbox;
    private final Actor actor;
    private final RequestId requestId;
    private final ActivityContext context;
    private final String serviceName;

    public ActivityLog(Outbox outbox, Actor actor, RequestId requestId, ActivityContext context,
                       @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.outbox = outbox;
        this.actor = actor;
        this.requestId = requestId;
        this.context = context;
        this.serviceName = serviceName;
    }

    /**
     * Records this request's success in the caller's transaction, so the entry commits with the change or
     * read it describes.
     *
     * @param childRefs the pseudonymous refs of the children whose records were read or changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSuccess(String resourceId, Collection<String> childRefs) {
        concerning(resourceId, childRefs);
        ActivityLogged declared = declared();
        context.markRecorded();
        write(entry(actor.id(), actor.roles(), declared, 200, requestId.value()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSuccess(String resourceId) {
        recordSuccess(resourceId, List.of());
    }

    /**
     * Notes the record and children this request concerns without writing: for work committed in several
     * transactions (a batch in chunks), whose one entry the filter writes when the request ends.
     */
    public void concerning(String resourceId, Collection<String> childRefs) {
        declared();
        context.concern(resourceId, childRefs);
    }

    private ActivityLogged declared() {
        ActivityLogged declared = context.declared();
        if (declared == null) {
            throw new IllegalStateException("The operation of this request declares no @ActivityLogged action");
        }
        return declared;
    }

    ActivityEntry entry(String actorId, List<String> roles, ActivityLogged declared, int status, String request) {
        return new ActivityEntry(serviceName, actorId, roles, declared.action(), declared.resourceType(),
                context.resourceId(), context.children().named(), context.children().omitted(),
                ActivityEntry.Outcome.forStatus(status), status, request, Instant.now());
    }

    /**
     * Records work a request started and a background worker carries on (a batch file read after the
     * answer), in the caller's transaction so the entry commits with the change, in the name of whoever
     * started it. Outside a request there is no declaration to take the action from, so it is given: a
     * constant of the service's actions class.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOnBehalfOf(String actorId, String action, String resourceType, String resourceId,
                                 Collection<String> childRefs) {
        ChildRefs children = ChildRefs.of(childRefs);
        write(new ActivityEntry(serviceName, actorId, List.of(), action, resourceType, resourceId, children.named(),
                children.omitted(), ActivityEntry.Outcome.SUCCESS, 200, resourceId, Instant.now()));
    }

    /**
     * Records an entry in a transaction of its own: for refused or failed requests, whose own transaction
     * rolled back, and for batches committed in chunks. Safe on any worker thread.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSeparately(ActivityEntry entry) {
        write(entry);
    }

    private void write(ActivityEntry entry) {
        outbox.publish(TOPIC, AGGREGATE_TYPE, serviceName, EVENT_NAME, entry);
    }
}
