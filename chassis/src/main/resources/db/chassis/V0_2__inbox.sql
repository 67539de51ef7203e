-- Idempotent consumption: the row is inserted in the same transaction as the effect of the event.
CREATE TABLE inbox_event (
    event_id     text        NOT NULL,
    consumer     text        NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);
