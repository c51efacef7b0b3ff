CREATE TABLE users (
    id integer PRIMARY KEY,
    email varchar(255) NOT NULL
);

CREATE TABLE audit_log (
    id bigint PRIMARY KEY,
    happened_at timestamptz NOT NULL DEFAULT now(),
    message text
);
