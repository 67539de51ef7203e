-- Practice records sent by case-management systems (and Annex A uploads), one row per sender's record.
-- Which columns a kind uses is documented in the API; child and worker are pseudonymous references.
CREATE TABLE practice_record (
    local_authority          text NOT NULL,
    kind                     text NOT NULL CHECK (kind IN ('REFERRAL', 'ASSESSMENT', 'S47_ENQUIRY', 'CP_PLAN',
                                 'CP_VISIT', 'CP_REVIEW', 'CIN_PLAN', 'CIN_REVIEW', 'CLA_EPISODE', 'CLA_VISIT',
                                 'CLA_REVIEW', 'ALLOCATION')),
    record_id                text NOT NULL,
    child_ref                text NOT NULL,
    team                     text,
    worker                   text,
    referral_date            date,
    start_date               date,
    end_date                 date,
    authorised_date          date,
    event_date               date,
    strategy_discussion_date date,
    icpc_date                date,
    icpc_not_required        boolean,
    source                   text,
    nfa                      boolean,
    categories               text[],
    previous_plans           integer,
    seen_alone               boolean,
    placement_type           text,
    placement_start_date     date,
    updated_at               timestamptz NOT NULL,
    PRIMARY KEY (local_authority, kind, record_id)
);
CREATE INDEX practice_record_child ON practice_record (local_authority, child_ref, kind);
CREATE INDEX practice_record_authorised ON practice_record (local_authority, authorised_date)
    WHERE kind = 'ASSESSMENT';
CREATE INDEX practice_record_icpc ON practice_record (local_authority, icpc_date) WHERE kind = 'S47_ENQUIRY';
CREATE INDEX practice_record_episode ON practice_record (local_authority, kind, start_date)
    WHERE kind IN ('CP_PLAN', 'CIN_PLAN', 'CLA_EPISODE', 'ALLOCATION');
