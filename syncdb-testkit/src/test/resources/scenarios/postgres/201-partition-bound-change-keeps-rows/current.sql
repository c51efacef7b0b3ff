CREATE TABLE measurements (
    id bigint NOT NULL,
    taken_on date NOT NULL,
    value numeric
) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_q1 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2024-03-01');
CREATE TABLE measurements_rest PARTITION OF measurements FOR VALUES FROM ('2024-04-01') TO ('2025-01-01');
CREATE TABLE readings (
    id bigint NOT NULL,
    region text NOT NULL
) PARTITION BY LIST (region);
CREATE TABLE readings_eu PARTITION OF readings FOR VALUES IN ('DE', 'FR');
