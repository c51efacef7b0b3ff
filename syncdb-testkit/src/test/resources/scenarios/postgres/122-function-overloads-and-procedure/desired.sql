CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE FUNCTION add(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE PROCEDURE write_log(n text)
    LANGUAGE plpgsql
    AS $$ BEGIN INSERT INTO log (id, note) VALUES ((SELECT coalesce(max(id), 0) + 1 FROM log), n); END $$;

CREATE TABLE log (
    id integer PRIMARY KEY,
    note text
);
