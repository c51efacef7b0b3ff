CREATE EXTENSION pgcrypto;

CREATE TABLE settings (
    id integer PRIMARY KEY,
    token bytea DEFAULT gen_random_bytes(16)
);
