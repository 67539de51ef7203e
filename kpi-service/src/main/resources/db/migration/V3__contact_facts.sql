-- What kpi-service keeps of each contact, from safeguarding.contacts.v1: counts, codes and instants only.
CREATE TABLE contact_fact (
    contact_id           uuid PRIMARY KEY,
    local_authority      text NOT NULL,
    source               text NOT NULL,
    received_at          timestamptz NOT NULL,
    received_month       date NOT NULL,
    children             integer NOT NULL CHECK (children > 0),
    repeat_children      integer NOT NULL CHECK (repeat_children >= 0),
    decided_at           timestamptz,
    decided_month        date,
    outcome              text,
    progressed           boolean NOT NULL DEFAULT false,
    referrer_informed_at timestamptz,
    -- ce_time of the event the row was last set from: an older event never overwrites a newer one
    event_time           timestamptz NOT NULL
);
CREATE INDEX contact_fact_received ON contact_fact (local_authority, received_month);
CREATE INDEX contact_fact_decided ON contact_fact (local_authority, decided_month) WHERE decided_month IS NOT NULL;
