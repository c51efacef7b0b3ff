-- The old report is gone; a new table, a view over it and a function, each granted as it is created.
CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE VIEW recent_events AS SELECT id, kind FROM events WHERE at > now() - interval '1 day';
CREATE FUNCTION event_count() RETURNS bigint LANGUAGE plpgsql STABLE
    AS $$ BEGIN RETURN (SELECT count(*) FROM events); END $$;
GRANT SELECT, INSERT ON events TO writer;
GRANT SELECT ON recent_events TO reader;
REVOKE EXECUTE ON FUNCTION event_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION event_count() TO reader;
