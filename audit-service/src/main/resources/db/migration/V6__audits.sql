-- Audit tools (templates), versioned: a version once written is never changed; an audit keeps the one it used.
CREATE TABLE audit_tool (
    id              uuid        PRIMARY KEY,
    tool_key        text        NOT NULL,
    version         integer     NOT NULL,
    name            text        NOT NULL,
    -- [{"id": "...", "text": "..."}] in the order asked
    questions       jsonb       NOT NULL,
    domains         text[]      NOT NULL,
    scale_name      text        NOT NULL,
    grades          text[]      NOT NULL,
    good_or_better  integer     NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    UNIQUE (tool_key, version)
);

CREATE TABLE audit (
    id               uuid        PRIMARY KEY,
    local_authority  text        NOT NULL,
    audit_type       text        NOT NULL,
    methods          text[]      NOT NULL,
    theme            text        NOT NULL,
    scope            text,
    teams            text[]      NOT NULL,
    lead_auditor     text        NOT NULL,
    tool_id          uuid        NOT NULL REFERENCES audit_tool (id),
    sample_id        uuid        REFERENCES sample (id),
    planned_start    date,
    planned_end      date,
    actual_start     date,
    actual_end       date,
    status           text        NOT NULL,
    cancel_reason    text,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);

CREATE INDEX audit_council_created ON audit (local_authority, created_at DESC);

-- One sampled case's audit. Free text (comments, strengths, areas for development, actions) stays here and
-- never enters an event. Moderation keeps its grades beside the auditor's: both stand in the record.
CREATE TABLE case_audit (
    id                     uuid        PRIMARY KEY,
    audit_id               uuid        NOT NULL REFERENCES audit (id),
    child_ref               text        NOT NULL,
    team                   text,
    auditor                text        NOT NULL,
    status                 text        NOT NULL,
    -- {"<question id>": {"reply": "YES|NO|NOT_APPLICABLE", "comment": "..."}}
    answers                jsonb       NOT NULL,
    -- {"<domain>": "<grade>"}
    grades                 jsonb       NOT NULL,
    overall                text,
    strengths              text,
    areas_for_development  text,
    actions_for_team       text,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    submitted_at           timestamptz,
    moderator              text,
    moderated_grades       jsonb,
    moderated_overall      text,
    moderation_reason      text,
    moderation_agrees      boolean,
    moderated_at           timestamptz,
    UNIQUE (audit_id, child_ref)
);

CREATE INDEX case_audit_submitted ON case_audit (submitted_at) WHERE status = 'SUBMITTED';

CREATE TABLE audit_finding (
    id           uuid        PRIMARY KEY,
    audit_id     uuid        NOT NULL REFERENCES audit (id),
    number       integer     NOT NULL,
    kind         text        NOT NULL,
    text         text        NOT NULL,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    UNIQUE (audit_id, number)
);

CREATE TABLE audit_recommendation (
    id            uuid        PRIMARY KEY,
    audit_id      uuid        NOT NULL REFERENCES audit (id),
    number        integer     NOT NULL,
    -- the report's sections or paragraphs, e.g. {"3.2", "4.1-4.3"}
    refs          text[]      NOT NULL,
    theme         text,
    text          text        NOT NULL,
    addressed_to  text,
    raised_by     text        NOT NULL,
    raised_at     timestamptz NOT NULL,
    UNIQUE (audit_id, number)
);

-- The tool councils start from: Ofsted's four-point scale over the five practice domains.
INSERT INTO audit_tool (id, tool_key, version, name, questions, domains, scale_name, grades, good_or_better, created_by, created_at)
VALUES ('018c0000-0000-7000-8000-000000000001', 'case-file-audit', 1, 'Case file audit',
        '[{"id":"seen-alone","text":"Was the child seen, and seen alone where appropriate?"},
          {"id":"voice-recorded","text":"Are the child''s wishes and feelings recorded and do they inform the plan?"},
          {"id":"history-considered","text":"Was the family''s history, including earlier contacts, considered?"},
          {"id":"strategy-timely","text":"Where a strategy discussion was needed, was it held promptly with the right agencies?"},
          {"id":"plan-smart","text":"Is the plan specific, measurable and reviewed on time?"},
          {"id":"oversight-recorded","text":"Is management oversight recorded, with reasons for decisions?"}]',
        '{ASSESSMENT,PLANNING,VOICE_OF_THE_CHILD,MANAGEMENT_OVERSIGHT,MULTI_AGENCY_WORKING}',
        'Ofsted four-point', '{OUTSTANDING,GOOD,REQUIRES_IMPROVEMENT,INADEQUATE}', 2, 'system', '2026-12-02T00:00:00Z');
