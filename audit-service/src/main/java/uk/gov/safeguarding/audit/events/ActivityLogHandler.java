package uk.gov.safeguarding.audit.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import uk.gov.safeguarding.audit.domain.log.ActivityRecord;
import uk.gov.safeguarding.audit.service.LogAppender;
import uk.gov.safeguarding.chassis.events.BatchEventHandler;
import uk.gov.safeguarding.chassis.events.ReceivedEvent;
import uk.gov.safeguarding.chassis.events.UnreadableEvent;
import uk.gov.safeguarding.kernel.Topics;

/**
 * Appends every service's activity-log entries (this service's own too) to the transparency log, a poll at a
 * time in the transaction that records them in the inbox. The order they are appended in is their sequence.
 */
@ApplicationScoped
public class ActivityLogHandler implements BatchEventHandler {

    private final ObjectMapper json;
    private final LogAppender appender;

    public ActivityLogHandler(ObjectMapper json, LogAppender appender) {
        this.json = json;
        this.appender = appender;
    }

    @Override
    public String consumerName() {
        return "audit-service.activity-log";
    }

    @Override
    public String topic() {
        return Topics.ACTIVITY_LOG;
    }

    @Override
    public void handleAll(List<ReceivedEvent> events) throws Exception {
        List<ActivityRecord> records = new ArrayList<>(events.size());
        for (ReceivedEvent event : events) {
            records.add(read(event));
        }
        appender.append(records);
    }

    private ActivityRecord read(ReceivedEvent event) {
        if (event.data() == null) {
            throw new UnreadableEvent("the event has no body");
        }
        try {
            return ActivityRecord.of(event.id(), json.readTree(event.data()));
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("the body is not JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent(e.getMessage());
        }
    }
}
