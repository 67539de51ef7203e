-- audit-service runs as its own role (${appRole}), never as the owner that migrates: it may read and add to
-- the activity log and do anything to its other tables. Whoever deploys gives the role LOGIN and a password
-- (deploy/start.sh does); the role is made here, without them, if it does not exist yet.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN
        CREATE ROLE ${appRole} NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON log_entry, log_node, log_checkpoint FROM ${appRole};
REVOKE DELETE, TRUNCATE ON log_head FROM ${appRole};
REVOKE ALL ON flyway_schema_history FROM ${appRole};
GRANT SELECT ON flyway_schema_history TO ${appRole};

-- tables later migrations make are the application's to change; an append-only one revokes as above
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};
