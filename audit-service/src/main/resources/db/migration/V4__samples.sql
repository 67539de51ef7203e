-- Dip samples anyone can re-draw: the population as it was given or fetched (ids in order) and its SHA-256,
-- the seed and algorithm, and the cases drawn with their tickets.
CREATE TABLE sample (
    id                  uuid        PRIMARY KEY,
    local_authority     text        NOT NULL,
    -- what the sample is for, in the auditor's words; stays in this service, never in an event
    title               text        NOT NULL,
    population_source   text        NOT NULL,
    population_filter   text,
    population_size     integer     NOT NULL,
    population_sha256   text        NOT NULL,
    seed                text        NOT NULL,
    seed_source         text        NOT NULL CHECK (seed_source IN ('GIVEN', 'SECURE_RANDOM')),
    algorithm           text        NOT NULL,
    algorithm_version   text        NOT NULL,
    size                integer     NOT NULL,
    -- how the size was worked out, when it was not given: confidence, margin, expected proportion, z
    size_confidence     double precision,
    size_margin         double precision,
    size_expected       double precision,
    created_by          text        NOT NULL,
    created_at          timestamptz NOT NULL
);

CREATE INDEX sample_council_created ON sample (local_authority, created_at DESC);

-- the population whole, as written to its hash: each id followed by a newline, UTF-8, gzip-compressed
-- (a million ids is one row, not a million)
CREATE TABLE sample_population (
    sample_id  uuid  PRIMARY KEY REFERENCES sample (id),
    case_ids   bytea NOT NULL
);

CREATE TABLE sample_case (
    sample_id  uuid        NOT NULL REFERENCES sample (id),
    rank       integer     NOT NULL,
    case_id    text        NOT NULL,
    ticket     text        NOT NULL,
    drawn_by   text        NOT NULL,
    drawn_at   timestamptz NOT NULL,
    PRIMARY KEY (sample_id, rank),
    UNIQUE (sample_id, case_id)
);
