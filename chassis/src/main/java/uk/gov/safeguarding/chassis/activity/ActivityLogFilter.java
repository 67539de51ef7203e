package uk.gov.safeguarding.chassis.activity;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import uk.gov.safeguarding.chassis.problem.RequestId;
import uk.gov.safeguarding.chassis.security.Actor;

/**
 * The safety net of the activity log: an {@link ActivityLogged} operation that was refused or failed
 * (so its own transaction, and the entry in it, rolled back) still leaves an entry with its outcome.
 * Refusals by the security layer can arrive on an I/O thread, so the write runs on a worker.
 */
public class ActivityLogFilter {

    private static final Logger LOG = Logger.getLogger(ActivityLogFilter.class);

    private final ActivityLog activityLog;
    private final ActivityRecorded recorded;
    private final CurrentIdentityAssociation identity;
    private final RequestId requestId;

    public ActivityLogFilter(ActivityLog activityLog, ActivityRecorded recorded, CurrentIdentityAssociation identity,
                             RequestId requestId) {
        this.activityLog = activityLog;
        this.recorded = recorded;
        this.identity = identity;
        this.requestId = requestId;
    }

    @ServerResponseFilter
    public Uni<Void> recordUnloggedOutcome(ContainerRequestContext request, ContainerResponseContext response,
                                          ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        ActivityLogged logged = method == null ? null : method.getAnnotation(ActivityLogged.class);
        if (logged == null || recorded.isRecorded()) {
            return Uni.createFrom().voidItem();
        }
        int status = response.getStatus();
        if (status < 400) {
            LOG.warnf("%s succeeded without recording its activity log entry", logged.action());
        }
        String resourceId = request.getUriInfo().getPathParameters().getFirst(logged.idParameter());
        if (resourceId == null) {
            resourceId = request.getUriInfo().getQueryParameters().getFirst(logged.idParameter());
        }
        String id = resourceId;
        String requestIdValue = requestId.value();
        return identity.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(who -> activityLog.entry(Actor.idOf(who), Actor.rolesOf(who), logged.action(),
                        logged.resourceType(), id, status, requestIdValue))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .invoke(activityLog::recordSeparately)
                .onFailure().invoke(e -> LOG.errorf(e, "Activity log entry for %s not written", logged.action()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
