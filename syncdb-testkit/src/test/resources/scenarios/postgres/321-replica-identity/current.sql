CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE events (
    id integer NOT NULL,
    code text NOT NULL
);
CREATE UNIQUE INDEX events_id ON events (id);

CREATE TABLE logs (
    id integer PRIMARY KEY,
    line text
);
ALTER TABLE logs REPLICA IDENTITY NOTHING;
