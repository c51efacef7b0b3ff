CREATE TYPE size AS ENUM ('small', 'large');

CREATE FUNCTION is_big(s size) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = 'large' $$;

CREATE TABLE boxes (
    id integer PRIMARY KEY,
    size size NOT NULL DEFAULT 'small'
);
