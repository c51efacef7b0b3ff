CREATE TABLE events (
    id integer PRIMARY KEY,
    payload jsonb NOT NULL,
    session_key text,
    tags text[]
);
