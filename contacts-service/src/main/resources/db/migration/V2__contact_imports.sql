-- Batch intake runs: progress a caller can poll, and the rows that failed with their reasons.
CREATE TABLE contact_import (
    id               uuid        PRIMARY KEY,
    format           text        NOT NULL,
    local_authority  text,
    status           text        NOT NULL,
    rows_read        bigint      NOT NULL DEFAULT 0,
    rows_stored      bigint      NOT NULL DEFAULT 0,
    rows_duplicate   bigint      NOT NULL DEFAULT 0,
    rows_failed      bigint      NOT NULL DEFAULT 0,
    bytes_received   bigint      NOT NULL DEFAULT 0,
    message          text,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz
);

CREATE INDEX contact_import_created ON contact_import (created_at DESC);

CREATE TABLE contact_import_error (
    import_id   uuid    NOT NULL REFERENCES contact_import (id) ON DELETE CASCADE,
    line        bigint  NOT NULL,
    field       text    NOT NULL,
    reason      text    NOT NULL,
    PRIMARY KEY (import_id, line, field)
);
