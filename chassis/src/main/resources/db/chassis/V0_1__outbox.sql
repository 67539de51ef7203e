-- Transactional outbox: a state change and the events that describe it commit together.
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
    sent_at        timestamptz,
    attempts       integer     NOT NULL DEFAULT 0,
    last_error     text
);

CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_unsent_aggregate ON outbox_event (aggregate_id, seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;
