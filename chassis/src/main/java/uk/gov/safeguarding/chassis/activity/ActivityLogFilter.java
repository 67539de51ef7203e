package uk.gov.safeguarding.chassis.activity;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import uk.gov.safeguarding.chassis.problem.RequestId;
import uk.gov.safeguarding.chassis.security.Actor;

/**
 * Gives each request to an {@link ActivityLogged} operation its declared action, and makes sure it leaves
 * exactly one entry: when the service has not recorded success in its own transaction (the request was
 * refused or failed, so that transaction rolled back; or a batch committed in chunks), this writes the
 * entry with the request's outcome. Refusals by the security layer can arrive on an I/O thread, so the
 * write runs on a worker.
 */
public class ActivityLogFilter {

    private static final Logger LOG = Logger.getLogger(ActivityLogFilter.class);

    private final ActivityLog activityLog;
    private final ActivityContext context;
    private final CurrentIdentityAssociation identity;
    private final RequestId requestId;

    public ActivityLogFilter(ActivityLog activityLog, ActivityContext context, CurrentIdentityAssociation identity,
                             RequestId requestId) {
        this.activityLog = activityLog;
        this.context = context;
        this.identity = identity;
        this.requestId = requestId;
    }

    @ServerRequestFilter
    public void declareAction(ResourceInfo resource) {
        ActivityLogged logged = declaredBy(resource);
        if (logged != null) {
            context.declare(logged);
        }
    }

    @ServerResponseFilter
    public Uni<Void> recordUnloggedOutcome(ContainerRequestContext request, ContainerResponseContext response,
                                          ResourceInfo resource) {
        ActivityLogged logged = declaredBy(resource);
        if (logged == null || context.isRecorded()) {
            return Uni.createFrom().voidItem();
        }
        context.declare(logged);
        context.markRecorded();
        int status = response.getStatus();
        if (context.resourceId() == null) {
            String named = request.getUriInfo().getPathParameters().getFirst(logged.idParameter());
            if (named == null) {
                named = request.getUriInfo().getQueryParameters().getFirst(logged.idParameter());
            }
            context.concern(named, List.of());
        }
        if (logged.childRefParameter().length() > 0) {
            String child = request.getUriInfo().getQueryParameters().getFirst(logged.childRefParameter());
            context.concern(null, child == null ? List.of() : List.of(child));
        }
        String requestIdValue = requestId.value();
        return identity.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(who -> activityLog.entry(Actor.idOf(who), Actor.rolesOf(who), logged, status, requestIdValue))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .invoke(activityLog::recordSeparately)
                .onFailure().invoke(e -> LOG.errorf(e, "Activity log entry for %s not written", logged.action()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static ActivityLogged declaredBy(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method == null ? null : method.getAnnotation(ActivityLogged.class);
    }
}
