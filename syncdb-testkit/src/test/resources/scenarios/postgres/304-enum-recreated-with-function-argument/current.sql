CREATE TYPE stage AS ENUM ('draft', 'review', 'live');

CREATE TABLE pages (
    id integer PRIMARY KEY,
    stage stage NOT NULL DEFAULT 'draft'
);

CREATE FUNCTION is_public(s stage) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT s = 'live' $$;

CREATE VIEW public_pages AS SELECT id FROM pages WHERE is_public(stage);
