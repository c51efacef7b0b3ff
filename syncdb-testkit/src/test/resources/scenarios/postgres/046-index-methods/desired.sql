CREATE TABLE events (
    id integer PRIMARY KEY,
    payload jsonb NOT NULL,
    session_key text,
    tags text[]
);

CREATE INDEX events_payload_gin ON events USING gin (payload);
CREATE INDEX events_payload_path_gin ON events USING gin (payload jsonb_path_ops);
CREATE INDEX events_session_hash ON events USING hash (session_key);
CREATE INDEX events_tags_gin ON events USING gin (tags);
