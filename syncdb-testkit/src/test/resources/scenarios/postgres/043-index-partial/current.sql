CREATE TABLE jobs (
    id integer PRIMARY KEY,
    state text NOT NULL,
    run_at timestamptz
);
