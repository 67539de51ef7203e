package uk.gov.safeguarding.chassis.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the transactional outbox, written in the same transaction as the change it describes. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    /** Assigned by the database at insert; orders rows for the relay. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    public String topic;

    @Column(name = "aggregate_type")
    public String aggregateType;

    @Column(name = "aggregate_id")
    public String aggregateId;

    @Column(name = "event_type")
    public String eventType;

    /** JSON, stored as text: nothing queries it, and jsonb cost a parse per insert and a print per claim. */
    public String payload;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
