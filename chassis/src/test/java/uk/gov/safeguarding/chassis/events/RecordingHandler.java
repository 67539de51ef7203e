package uk.gov.safeguarding.chassis.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A handler for the chassis consumer tests: records what it applied, refuses poison. */
@ApplicationScoped
public class RecordingHandler implements EventHandler {

    // Topics of their own, so no service's real consumer sees these test events.
    static final String TOPIC = "safeguarding.chassis-test.v1";
    /** Where the relay tests' outbox rows go; nothing consumes it but the tests' readers. */
    static final String RELAY_TOPIC = "safeguarding.chassis-relay-test.v1";

    private final List<String> applied = new CopyOnWriteArrayList<>();

    /** A method, not the field: the test holds a client proxy, whose own fields are not the bean's. */
    public List<String> applied() {
        return List.copyOf(applied);
    }

    @Override
    public String consumerName() {
        return "chassis-test.recording";
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (event.data().contains("poison")) {
            throw new IllegalArgumentException("cannot read this event");
        }
        applied.add(event.id());
    }
}
