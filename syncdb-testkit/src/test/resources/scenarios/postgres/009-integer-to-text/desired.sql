CREATE TABLE tickets (
    id integer PRIMARY KEY,
    reference text NOT NULL
);
