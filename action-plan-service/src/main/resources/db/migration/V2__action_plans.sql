-- Where recommendations come from: an inspection, review, visit, audit or KPI exception, of one council or a
-- partnership of several, with the day its response is due on its statutory clock.
CREATE TABLE source (
    id                    uuid        PRIMARY KEY,
    source_type           text        NOT NULL,
    title                 text        NOT NULL,
    local_authorities     text[]      NOT NULL,
    commissioned_by       text,
    published_on          date,
    response_due          date,
    -- the audit (or other record) it stands for in the service that raised it, for idempotent intake
    external_ref          text        UNIQUE,
    created_by            text        NOT NULL,
    created_at            timestamptz NOT NULL
);

CREATE INDEX source_councils ON source USING gin (local_authorities);

CREATE TABLE recommendation (
    id               uuid        PRIMARY KEY,
    source_id        uuid        NOT NULL REFERENCES source (id),
    number           text        NOT NULL,
    refs             text[]      NOT NULL,
    theme            text,
    text             text        NOT NULL,
    addressed_to     text,
    response         text,
    response_reason  text,
    external_ref     text        UNIQUE,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    UNIQUE (source_id, number)
);

CREATE TABLE action (
    id                 uuid        PRIMARY KEY,
    recommendation_id  uuid        NOT NULL REFERENCES recommendation (id),
    what               text        NOT NULL,
    owner              text        NOT NULL,
    owner_role         text,
    owner_agency       text,
    partners           text[]      NOT NULL,
    status             text        NOT NULL,
    status_reason      text,
    due_date           date        NOT NULL,
    original_due_date  date        NOT NULL,
    revisions          integer     NOT NULL DEFAULT 0,
    approved_by_board  text,
    approved_on        date,
    impact_kpi         text,
    impact_direction   text,
    impact_target      numeric,
    has_evidence       boolean     NOT NULL DEFAULT false,
    created_by         text        NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            integer     NOT NULL DEFAULT 0
);

CREATE INDEX action_recommendation ON action (recommendation_id);
CREATE INDEX action_open_due ON action (due_date) WHERE status NOT IN ('COMPLETE', 'VERIFIED', 'CANCELLED');
CREATE INDEX action_owner ON action (owner);

-- Progress updates are appended, never edited: a correction is a new update.
CREATE TABLE action_update (
    id                uuid        PRIMARY KEY,
    action_id         uuid        NOT NULL REFERENCES action (id),
    written_on        date        NOT NULL,
    author            text        NOT NULL,
    text              text        NOT NULL,
    owner_rag         text,
    evidence_url      text,
    evidence_sha256   text,
    recorded_at       timestamptz NOT NULL
);

CREATE INDEX action_update_action ON action_update (action_id, recorded_at);

CREATE OR REPLACE FUNCTION action_update_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'progress updates are appended, never changed or removed: add a correcting update';
END
$$;

CREATE TRIGGER action_update_append_only BEFORE UPDATE OR DELETE ON action_update
    FOR EACH ROW EXECUTE FUNCTION action_update_append_only();

-- A due date asked to move, with its reason, decided by a second person; kept whatever the decision.
CREATE TABLE due_date_revision (
    id            uuid        PRIMARY KEY,
    action_id     uuid        NOT NULL REFERENCES action (id),
    from_date     date        NOT NULL,
    to_date       date        NOT NULL,
    reason        text        NOT NULL,
    requested_by  text        NOT NULL,
    requested_at  timestamptz NOT NULL,
    decided_by    text,
    approved      boolean,
    decided_at    timestamptz
);

CREATE INDEX due_date_revision_action ON due_date_revision (action_id, requested_at);
CREATE UNIQUE INDEX due_date_revision_one_pending ON due_date_revision (action_id) WHERE approved IS NULL;
