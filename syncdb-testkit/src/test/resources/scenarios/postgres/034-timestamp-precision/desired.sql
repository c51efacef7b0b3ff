CREATE TABLE samples (
    id integer PRIMARY KEY,
    taken_at timestamp(3) NOT NULL,
    logged_at timestamptz(0)
);
