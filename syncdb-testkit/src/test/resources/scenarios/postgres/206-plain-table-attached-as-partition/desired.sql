CREATE TABLE events (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL,
    payload jsonb
) PARTITION BY RANGE (happened_on);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE tallies (
    region text NOT NULL,
    total integer NOT NULL
) PARTITION BY LIST (region);
-- detached: a plain table again, with its rows
CREATE TABLE tallies_eu (
    region text NOT NULL,
    total integer NOT NULL
);
