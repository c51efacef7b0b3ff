CREATE TABLE features (
    id integer PRIMARY KEY,
    enabled text NOT NULL DEFAULT 'false'
);
