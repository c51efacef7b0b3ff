CREATE EXTENSION hstore;

CREATE TABLE settings (
    id integer PRIMARY KEY,
    attrs hstore
);
