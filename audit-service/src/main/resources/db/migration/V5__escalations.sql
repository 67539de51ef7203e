-- Safeguarding escalations: a child an auditor found at risk now, open until a manager acknowledges it.
CREATE TABLE escalation (
    id                    uuid        PRIMARY KEY,
    local_authority       text        NOT NULL,
    audit_id              uuid,
    child_ref             text        NOT NULL,
    -- what the auditor saw, in their words; stays in this service, never in an event
    concern               text        NOT NULL,
    raised_by             text        NOT NULL,
    raised_at             timestamptz NOT NULL,
    due_by                timestamptz NOT NULL,
    acknowledged_by       text,
    acknowledged_at       timestamptz,
    acknowledgement       text,
    overdue_announced_at  timestamptz
);

CREATE INDEX escalation_open_due ON escalation (due_by) WHERE acknowledged_at IS NULL;
CREATE INDEX escalation_council ON escalation (local_authority, raised_at DESC);
