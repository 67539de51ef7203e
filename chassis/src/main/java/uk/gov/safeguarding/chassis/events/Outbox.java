package uk.gov.safeguarding.chassis.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.gov.safeguarding.chassis.jdbc.CopyRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records an event to be published. Must run inside the transaction that makes the change, so the
 * change and its event commit or roll back together; the {@link OutboxRelay} publishes it later.
 *
 * <p>Callers change the aggregate under a row lock before they call this, so that events of one
 * aggregate get increasing sequence numbers in commit order.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * @param topic         the Kafka topic, e.g. {@code safeguarding.contacts.v1}
     * @param aggregateType the aggregate in the event type, e.g. {@code contact}
     * @param aggregateId   the record key and {@code ce_subject}
     * @param eventName     e.g. {@code decided}
     * @param payload       serialised as JSON; must hold no free text about a child
     * @return the event id, which becomes {@code ce_id}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String aggregateType, String aggregateId, String eventName, Object payload) {
        OutboxEvent event = prepare(topic, aggregateType, aggregateId, eventName, payload);
        entityManager.persist(event);
        return event.id;
    }

    /** An outbox row not yet written, for bulk writers that insert many rows in one statement batch. */
    public OutboxEvent prepare(String topic, String aggregateType, String aggregateId, String eventName,
                               Object payload) {
        return prepareJson(topic, aggregateType, aggregateId, eventName, toJson(payload));
    }

    /** As {@link #prepare}, with the payload already serialised (when several events share one body). */
    public OutboxEvent prepareJson(String topic, String aggregateType, String aggregateId, String eventName,
                                   String payloadJson) {
        OutboxEvent event = new OutboxEvent();
        event.id = TimeOrderedIds.next();
        event.topic = topic;
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId;
        event.eventType = EventEnvelope.type(aggregateType, eventName, 1);
        event.payload = payloadJson;
        event.occurredAt = Instant.now();
        return event;
    }

    /**
     * Writes prepared rows with COPY on a connection enlisted in the caller's transaction, in list order
     * (which becomes their publishing order).
     */
    public static void insert(Connection connection, List<OutboxEvent> events) throws SQLException {
        CopyRows rows = new CopyRows();
        for (OutboxEvent event : events) {
            rows.value(event.id).value(event.topic).value(event.aggregateType).value(event.aggregateId)
                    .value(event.eventType).value(event.payload).value(event.occurredAt).endRow();
        }
        rows.copyInto(connection, "outbox_event", "id, topic, aggregate_type, aggregate_id, event_type, payload, occurred_at");
    }

    public String toJson(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be serialised: " + payload.getClass(), e);
        }
    }
}
