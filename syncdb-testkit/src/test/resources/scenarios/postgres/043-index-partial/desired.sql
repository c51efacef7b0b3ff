CREATE TABLE jobs (
    id integer PRIMARY KEY,
    state text NOT NULL,
    run_at timestamptz
);

CREATE INDEX jobs_pending_idx ON jobs (run_at) WHERE state = 'pending';
CREATE UNIQUE INDEX jobs_one_running_idx ON jobs (state) WHERE state = 'running' AND run_at IS NOT NULL;
