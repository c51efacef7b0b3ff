CREATE TABLE settings (
    id integer PRIMARY KEY,
    theme text DEFAULT 'light',
    retries integer DEFAULT 3,
    ratio numeric(4,2) DEFAULT 0.5
);
