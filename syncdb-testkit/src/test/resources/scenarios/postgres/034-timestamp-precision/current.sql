CREATE TABLE samples (
    id integer PRIMARY KEY,
    taken_at timestamp NOT NULL,
    logged_at timestamptz(6)
);
