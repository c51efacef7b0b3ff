CREATE TABLE payloads (
    id integer PRIMARY KEY,
    body json NOT NULL
);
