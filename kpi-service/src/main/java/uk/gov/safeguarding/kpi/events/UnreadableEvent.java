package uk.gov.safeguarding.kpi.events;

/** An event whose body this service cannot use: it goes to the dead-letter topic with this message. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message) {
        super(message);
    }
}
