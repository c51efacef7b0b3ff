CREATE TABLE events (
    id integer PRIMARY KEY,
    counter bigint NOT NULL DEFAULT 0
);
