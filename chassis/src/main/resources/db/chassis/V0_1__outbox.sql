-- Transactional outbox: a state change and the events that describe it commit together.
-- A row waits here until the broker has acknowledged it, then the relay deletes it.
-- seq orders rows; rows of one aggregate are published in seq order.
CREATE TABLE outbox_event (
    id             uuid        PRIMARY KEY,
    seq            bigserial   NOT NULL UNIQUE,
    topic          text        NOT NULL,
    aggregate_type text        NOT NULL,
    aggregate_id   text        NOT NULL,
    event_type     text        NOT NULL,
    payload        jsonb       NOT NULL,
    occurred_at    timestamptz NOT NULL,
    attempts       integer     NOT NULL DEFAULT 0,
    last_error     text
);

CREATE INDEX outbox_event_aggregate ON outbox_event (aggregate_id, seq);
