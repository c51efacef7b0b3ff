CREATE TABLE settings (
    id integer PRIMARY KEY,
    theme text DEFAULT 'dark',
    retries integer DEFAULT 5,
    ratio numeric(4,2) DEFAULT 1.25
);
