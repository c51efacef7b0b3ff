CREATE TABLE tickets (
    id integer PRIMARY KEY,
    state text NOT NULL DEFAULT 'open',
    CONSTRAINT tickets_state_known CHECK (state <> 'pending' OR id > 0)
);

CREATE INDEX tickets_open ON tickets (id) WHERE state = 'open';
