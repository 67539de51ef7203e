package uk.gov.safeguarding.chassis.activity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;

/**
 * What this request's activity log entry will say: the action its operation declares, the record and the
 * children it concerns, and whether the entry has been written. One entry a request, whatever its outcome.
 */
@RequestScoped
public class ActivityContext {

    private ActivityLogged declared;
    private String resourceId;
    private final ChildRefs children = new ChildRefs();
    private boolean recorded;

    void declare(ActivityLogged operation) {
        if (declared == null) {
            declared = operation;
        }
    }

    ActivityLogged declared() {
        return declared;
    }

    void concern(String resourceId, Collection<String> childRefs) {
        if (resourceId != null) {
            this.resourceId = resourceId;
        }
        children.add(childRefs);
    }

    String resourceId() {
        return resourceId;
    }

    ChildRefs children() {
        return children;
    }

    void markRecorded() {
        if (recorded) {
            throw new IllegalStateException("This request has already written its activity log entry: one entry a request");
        }
        recorded = true;
    }

    boolean isRecorded() {
        return recorded;
    }
}
