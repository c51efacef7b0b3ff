CREATE TABLE settings (
    id integer PRIMARY KEY,
    theme text,
    retries integer,
    enabled boolean
);
