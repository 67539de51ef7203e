package uk.gov.safeguarding.chassis.events;

/** An event whose body a handler cannot use: retrying will not help, and it goes to the dead-letter topic with this message. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message) {
        super(message);
    }
}
