CREATE TABLE accounts (
    id bigint NOT NULL,
    email text NOT NULL
);
CREATE TABLE visits (
    id bigint NOT NULL,
    host text NOT NULL,
    visited_at timestamptz NOT NULL
) PARTITION BY LIST (lower(host));
CREATE TABLE visits_example PARTITION OF visits FOR VALUES IN ('example.com', 'example.org');
CREATE TABLE visits_rest PARTITION OF visits DEFAULT;
CREATE TABLE events (
    id bigint NOT NULL,
    happened_at timestamp NOT NULL,
    kind int NOT NULL
) PARTITION BY RANGE (date_trunc('month', happened_at), kind);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01', 0) TO ('2024-02-01', 0);
