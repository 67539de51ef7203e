-- Batch uploads read after the answer (chassis uploads): the run and its progress, which the caller polls;
-- the parts of a workbook (its sheets, read or skipped); and the rows refused, with why.
CREATE TABLE upload_run (
    id               uuid        PRIMARY KEY,
    kind             text        NOT NULL,
    format           text        NOT NULL,
    local_authority  text,
    annex_a_list     integer,
    status           text        NOT NULL,
    rows_read        bigint      NOT NULL DEFAULT 0,
    rows_stored      bigint      NOT NULL DEFAULT 0,
    rows_duplicate   bigint      NOT NULL DEFAULT 0,
    rows_failed      bigint      NOT NULL DEFAULT 0,
    records_stored   bigint      NOT NULL DEFAULT 0,
    bytes_received   bigint      NOT NULL DEFAULT 0,
    message          text,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz
);

CREATE INDEX upload_run_kind_created ON upload_run (kind, created_at DESC, id DESC);
CREATE INDEX upload_run_unfinished ON upload_run (status) WHERE status IN ('QUEUED', 'RUNNING');

CREATE TABLE upload_part (
    run_id          uuid    NOT NULL REFERENCES upload_run (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    sheet           text    NOT NULL,
    annex_a_list    integer,
    skipped_reason  text,
    rows_read       bigint  NOT NULL DEFAULT 0,
    rows_stored     bigint  NOT NULL DEFAULT 0,
    rows_duplicate  bigint  NOT NULL DEFAULT 0,
    rows_failed     bigint  NOT NULL DEFAULT 0,
    records_stored  bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, position)
);

-- part 0 is the file itself (a CSV or NDJSON upload has no sheets)
CREATE TABLE upload_error (
    run_id  uuid    NOT NULL REFERENCES upload_run (id) ON DELETE CASCADE,
    part    integer NOT NULL,
    line    bigint  NOT NULL,
    field   text    NOT NULL,
    reason  text    NOT NULL,
    PRIMARY KEY (run_id, part, line, field)
);
