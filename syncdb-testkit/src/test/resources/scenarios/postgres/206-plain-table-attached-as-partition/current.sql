CREATE TABLE events (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL,
    payload jsonb
) PARTITION BY RANGE (happened_on);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- last year's rows, kept in a plain table with the same columns: attached, with its rows
CREATE TABLE events_2024 (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL,
    payload jsonb
);

CREATE TABLE tallies (
    region text NOT NULL,
    total integer NOT NULL
) PARTITION BY LIST (region);
CREATE TABLE tallies_eu PARTITION OF tallies FOR VALUES IN ('DE', 'FR');
