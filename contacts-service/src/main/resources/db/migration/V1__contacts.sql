-- Contacts to the front door. No names, addresses or free-text identities of children:
-- a child is the council's pseudonymous reference, with birth month only.
CREATE TABLE contact (
    id                      uuid        PRIMARY KEY,
    version                 integer     NOT NULL DEFAULT 0,
    local_authority         text        NOT NULL,
    sender_ref              text,
    received_at             timestamptz NOT NULL,
    source                  text        NOT NULL,
    channel                 text        NOT NULL,
    referrer_organisation   text,
    referrer_role           text,
    concern_codes           text[]      NOT NULL DEFAULT '{}',
    summary                 text,
    status                  text        NOT NULL,
    earlier_contacts        integer     NOT NULL DEFAULT 0,
    decision_due_at         timestamptz NOT NULL,
    recommended_outcome     text,
    threshold_level         integer,
    screening_rationale     text,
    screened_by             text,
    screened_at             timestamptz,
    return_count            integer     NOT NULL DEFAULT 0,
    last_return_reason      text,
    outcome                 text,
    decided_by              text,
    decided_at              timestamptz,
    decision_working_days   integer,
    decision_in_timescale   boolean,
    referrer_informed_at    timestamptz,
    referrer_informed_method text,
    referrer_informed_by    text,
    feedback_working_days   integer,
    created_by              text        NOT NULL,
    created_at              timestamptz NOT NULL,
    CONSTRAINT contact_sender_ref_unique UNIQUE (local_authority, sender_ref),
    CONSTRAINT contact_threshold_level CHECK (threshold_level BETWEEN 1 AND 4)
);

CREATE INDEX contact_received_at ON contact (received_at, id);
CREATE INDEX contact_status_due ON contact (status, decision_due_at);
CREATE INDEX contact_source_received ON contact (source, received_at);

-- One row per child per contact (Ofsted Annex A List 1 counts a contact once per child).
-- local_authority and received_at are copied here so repeat-contact counts read one index.
CREATE TABLE contact_child (
    contact_id       uuid        NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position         integer     NOT NULL,
    child_ref        text        NOT NULL,
    sex              text        NOT NULL,
    birth_month      date,
    unborn           boolean     NOT NULL DEFAULT false,
    earlier_contacts integer     NOT NULL DEFAULT 0,
    local_authority  text        NOT NULL,
    received_at      timestamptz NOT NULL,
    PRIMARY KEY (contact_id, position)
);

CREATE INDEX contact_child_history ON contact_child (local_authority, child_ref, received_at);
