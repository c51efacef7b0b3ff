CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);
ALTER TABLE users REPLICA IDENTITY FULL;

CREATE TABLE events (
    id integer NOT NULL,
    code text NOT NULL
);
CREATE UNIQUE INDEX events_id ON events (id);
ALTER TABLE events REPLICA IDENTITY USING INDEX events_id;

CREATE TABLE logs (
    id integer PRIMARY KEY,
    line text
);
