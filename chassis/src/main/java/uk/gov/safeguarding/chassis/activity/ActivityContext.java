package uk.gov.safeguarding.chassis.activity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What this request's activity log entry will say: the action its operation declares, the record and the
 * children it concerns, and whether the entry has been written. One entry a request, whatever its outcome.
 */
@RequestScoped
public class ActivityContext {

    /** Beyond this many children one entry names the first ones and counts the rest (a large batch). */
    static final int MAX_CHILD_REFS = 10_000;

    private ActivityLogged declared;
    private String resourceId;
    private final Set<String> childRefs = new LinkedHashSet<>();
    private int childRefsOmitted;
    private boolean recorded;

    void declare(ActivityLogged operation) {
        if (declared == null) {
            declared = operation;
        }
    }

    ActivityLogged declared() {
        return declared;
    }

    void concern(String resourceId, Collection<String> children) {
        if (resourceId != null) {
            this.resourceId = resourceId;
        }
        for (String child : children) {
            if (child == null || childRefs.contains(child)) {
                continue;
            }
            if (childRefs.size() < MAX_CHILD_REFS) {
                childRefs.add(child);
            } else {
                childRefsOmitted++;
            }
        }
    }

    String resourceId() {
        return resourceId;
    }

    List<String> childRefs() {
        return List.copyOf(childRefs);
    }

    int childRefsOmitted() {
        return childRefsOmitted;
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
