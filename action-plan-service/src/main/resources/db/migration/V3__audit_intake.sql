-- Recommendations raised in audit-service, waiting to be read from it: the event names the recommendation and
-- where to read its words (free text never travels in an event), so it is recorded here in the inbox's
-- transaction and fetched with action-plan-service's own token afterwards. audit-service being away delays a
-- recommendation, never loses it.
CREATE TABLE audit_intake (
    recommendation_ref  uuid        PRIMARY KEY,
    audit_ref           uuid        NOT NULL,
    local_authority     text        NOT NULL,
    audit_type          text        NOT NULL,
    number              integer     NOT NULL,
    refs                text[]      NOT NULL,
    href                text        NOT NULL,
    raised_by           text        NOT NULL,
    raised_at           timestamptz NOT NULL,
    status              text        NOT NULL,
    attempts            integer     NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz NOT NULL,
    last_error          text,
    recommendation_id   uuid        REFERENCES recommendation (id),
    received_at         timestamptz NOT NULL
);

CREATE INDEX audit_intake_due ON audit_intake (next_attempt_at) WHERE status = 'PENDING';
