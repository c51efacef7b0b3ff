CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tag text NOT NULL
);

CREATE FUNCTION note_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NULL; END $$;

CREATE FUNCTION note_drop() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NULL; END $$;

-- its tags change
CREATE EVENT TRIGGER watch_tables ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION note_ddl();

-- dropped, with its function
CREATE EVENT TRIGGER watch_drops ON sql_drop EXECUTE FUNCTION note_drop();

-- disabled, and its comment changes
CREATE EVENT TRIGGER watch_all ON ddl_command_start EXECUTE FUNCTION note_ddl();
COMMENT ON EVENT TRIGGER watch_all IS 'every command';
