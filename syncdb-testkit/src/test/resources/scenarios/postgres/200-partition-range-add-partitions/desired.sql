CREATE TABLE logs (
    id bigint NOT NULL,
    created_at timestamp NOT NULL,
    message text,
    level text DEFAULT 'info'
) PARTITION BY RANGE (created_at);
CREATE TABLE logs_2024_01 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE logs_2024_02 PARTITION OF logs FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
CREATE TABLE logs_old PARTITION OF logs FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE logs_default PARTITION OF logs DEFAULT;
CREATE INDEX logs_created_at_idx ON logs (created_at);
