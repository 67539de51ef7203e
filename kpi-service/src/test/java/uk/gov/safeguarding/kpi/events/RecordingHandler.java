package uk.gov.safeguarding.kpi.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.gov.safeguarding.chassis.events.EventHandler;
import uk.gov.safeguarding.chassis.events.ReceivedEvent;

/** A handler for the chassis consumer tests: records what it applied, refuses poison. */
@ApplicationScoped
public class RecordingHandler implements EventHandler {

    // A topic of its own, so the service's real contact consumer does not see these test events.
    static final String TOPIC = "safeguarding.chassis-test.v1";

    private final List<String> applied = new CopyOnWriteArrayList<>();

    /** A method, not the field: the test holds a client proxy, whose own fields are not the bean's. */
    public List<String> applied() {
        return List.copyOf(applied);
    }

    @Override
    public String consumerName() {
        return "kpi-service.chassis-test";
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
