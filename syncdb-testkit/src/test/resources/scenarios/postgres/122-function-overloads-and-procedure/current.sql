CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;

CREATE TABLE log (
    id integer PRIMARY KEY,
    note text
);
