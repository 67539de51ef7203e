package uk.gov.safeguarding.chassis.activity;

import jakarta.enterprise.context.RequestScoped;

/** Whether this request has already left its activity log entry. */
@RequestScoped
public class ActivityRecorded {

    private boolean recorded;

    void mark() {
        recorded = true;
    }

    boolean isRecorded() {
        return recorded;
    }
}
