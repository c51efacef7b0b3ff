CREATE TABLE tickets (
    id integer PRIMARY KEY,
    reference integer NOT NULL
);
