-- The suite's activity log, kept as a transparency log: entries in the order they were sequenced, the
-- nodes of their RFC 6962 Merkle tree, the tree's right edge (all an append needs), and signed checkpoints.
CREATE TABLE log_entry (
    seq            bigint      PRIMARY KEY CHECK (seq >= 0),
    event_id       text        NOT NULL UNIQUE,
    -- read from the entry for queries; the entry is logged as sent even if a field is missing
    service        text,
    actor          text,
    action         text,
    resource_type  text,
    resource_id    text,
    child_refs     text[]      NOT NULL DEFAULT '{}',
    outcome        text,
    status         integer,
    occurred_at    timestamptz,
    appended_at    timestamptz NOT NULL,
    -- the exact text hashed into the leaf: RFC 8785 canonical JSON of the event id and the entry
    canonical      text        NOT NULL,
    leaf_hash      bytea       NOT NULL CHECK (length(leaf_hash) = 32)
);

CREATE INDEX log_entry_actor ON log_entry (actor, seq);
CREATE INDEX log_entry_resource ON log_entry (resource_type, resource_id, seq);
CREATE INDEX log_entry_action ON log_entry (action, seq);
CREATE INDEX log_entry_occurred ON log_entry (occurred_at, seq);
CREATE INDEX log_entry_children ON log_entry USING gin (child_refs);

-- node (level, idx) is the root of the perfect subtree over leaves [idx * 2^level, (idx + 1) * 2^level);
-- level 0 is the entry's leaf hash and not repeated here
CREATE TABLE log_node (
    level  smallint NOT NULL CHECK (level BETWEEN 1 AND 63),
    idx    bigint   NOT NULL CHECK (idx >= 0),
    hash   bytea    NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, idx)
);

CREATE TABLE log_head (
    singleton   boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    size        bigint      NOT NULL CHECK (size >= 0),
    edge        bytea[]     NOT NULL,
    updated_at  timestamptz NOT NULL
);
INSERT INTO log_head (size, edge, updated_at) VALUES (0, '{}', now());

CREATE TABLE log_checkpoint (
    size        bigint      PRIMARY KEY CHECK (size >= 0),
    root        bytea       NOT NULL CHECK (length(root) = 32),
    -- the C2SP signed note, exactly as published
    note        text        NOT NULL,
    created_at  timestamptz NOT NULL
);

-- What is written stays written: the application's role has no UPDATE, DELETE or TRUNCATE on these tables
-- (V3), and these triggers refuse them from anyone else who has not first disabled them.
CREATE FUNCTION log_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the activity log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER log_entry_append_only BEFORE UPDATE OR DELETE ON log_entry
    FOR EACH ROW EXECUTE FUNCTION log_refuse_rewrite();
CREATE TRIGGER log_entry_no_truncate BEFORE TRUNCATE ON log_entry
    FOR EACH STATEMENT EXECUTE FUNCTION log_refuse_rewrite();
CREATE TRIGGER log_node_append_only BEFORE UPDATE OR DELETE ON log_node
    FOR EACH ROW EXECUTE FUNCTION log_refuse_rewrite();
CREATE TRIGGER log_node_no_truncate BEFORE TRUNCATE ON log_node
    FOR EACH STATEMENT EXECUTE FUNCTION log_refuse_rewrite();
CREATE TRIGGER log_checkpoint_append_only BEFORE UPDATE OR DELETE ON log_checkpoint
    FOR EACH ROW EXECUTE FUNCTION log_refuse_rewrite();
CREATE TRIGGER log_checkpoint_no_truncate BEFORE TRUNCATE ON log_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION log_refuse_rewrite();

-- the head only moves forward
CREATE FUNCTION log_head_only_grows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.size < OLD.size THEN
        RAISE EXCEPTION 'the activity log only grows: size % to % refused', OLD.size, NEW.size
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER log_head_grows BEFORE UPDATE ON log_head FOR EACH ROW EXECUTE FUNCTION log_head_only_grows();
CREATE TRIGGER log_head_no_delete BEFORE DELETE ON log_head FOR EACH ROW EXECUTE FUNCTION log_refuse_rewrite();
CREATE TRIGGER log_head_no_truncate BEFORE TRUNCATE ON log_head FOR EACH STATEMENT EXECUTE FUNCTION log_refuse_rewrite();
