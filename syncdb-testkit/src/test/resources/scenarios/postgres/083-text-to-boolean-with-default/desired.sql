CREATE TABLE features (
    id integer PRIMARY KEY,
    enabled boolean NOT NULL DEFAULT false
);
