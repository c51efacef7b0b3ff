CREATE TABLE payloads (
    id integer PRIMARY KEY,
    body jsonb NOT NULL,
    meta jsonb DEFAULT '{}'::jsonb,
    raw json
);
