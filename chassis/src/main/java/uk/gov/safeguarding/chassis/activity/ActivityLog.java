package uk.gov.safeguarding.chassis.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.chassis.problem.RequestId;
import uk.gov.safeguarding.chassis.security.Actor;

/**
 * Writes activity log entries through the outbox to {@value #TOPIC}, where audit-service chains and
 * keeps them. All entries of one service share one aggregate id (the service name), so they stay in
 * one partition and keep their order.
 */
@ApplicationScoped
public class ActivityLog {

    public static final String TOPIC = "safeguarding.activity-log.v1";
    public static final String AGGREGATE_TYPE = "activity";
    public static final String EVENT_NAME = "recorded";

    private final Outbox outbox;
    private final Actor actor;
    private final RequestId requestId;
    private final ActivityRecorded recorded;
    private final String serviceName;

    public ActivityLog(Outbox outbox, Actor actor, RequestId requestId, ActivityRecorded recorded,
                       @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.outbox = outbox;
        this.actor = actor;
        this.requestId = requestId;
        this.recorded = recorded;
        this.serviceName = serviceName;
    }

    /** Records a successful action in the caller's transaction, so it commits with the change or read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSuccess(String action, String resourceType, String resourceId) {
        write(entry(action, resourceType, resourceId, 200));
        recorded.mark();
    }

    private ActivityEntry entry(String action, String resourceType, String resourceId, int status) {
        return entry(actor.id(), actor.roles(), action, resourceType, resourceId, status, requestId.value());
    }

    public ActivityEntry entry(String actorId, List<String> roles, String action, String resourceType,
                               String resourceId, int status, String requestId) {
        return new ActivityEntry(serviceName, actorId, roles, action, resourceType, resourceId,
                ActivityEntry.Outcome.forStatus(status), status, requestId, Instant.now());
    }

    /**
     * Records an entry in a transaction of its own: used for refused or failed requests, whose own
     * transaction rolled back. Safe on any worker thread; needs no request context.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSeparately(ActivityEntry entry) {
        write(entry);
    }

    private void write(ActivityEntry entry) {
        outbox.publish(TOPIC, AGGREGATE_TYPE, serviceName, EVENT_NAME, entry);
    }
}
