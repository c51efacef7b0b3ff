CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tag text NOT NULL
);

CREATE FUNCTION note_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NULL; END $$;

CREATE FUNCTION note_rewrite() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NULL; END $$;

CREATE EVENT TRIGGER watch_tables ON ddl_command_end
    WHEN TAG IN ('CREATE INDEX', 'ALTER TABLE', 'CREATE TABLE')
    EXECUTE FUNCTION note_ddl();

CREATE EVENT TRIGGER watch_all ON ddl_command_start EXECUTE FUNCTION note_ddl();
ALTER EVENT TRIGGER watch_all DISABLE;
COMMENT ON EVENT TRIGGER watch_all IS 'every command, off for now';

-- new, firing also for replication sessions
CREATE EVENT TRIGGER watch_rewrites ON table_rewrite EXECUTE FUNCTION note_rewrite();
ALTER EVENT TRIGGER watch_rewrites ENABLE ALWAYS;
