CREATE TABLE visits (
    id bigint PRIMARY KEY,
    path text NOT NULL,
    host text NOT NULL,
    ms integer NOT NULL
);

-- its query changes: re-created, with its indexes
CREATE MATERIALIZED VIEW path_counts AS
    SELECT path, count(*) AS hits FROM visits GROUP BY path;
CREATE UNIQUE INDEX path_counts_path ON path_counts (path);
CREATE INDEX path_counts_hits ON path_counts (hits DESC);

-- kept: one index changes, one is dropped, one is added
CREATE MATERIALIZED VIEW host_times AS
    SELECT host, path, avg(ms) AS avg_ms FROM visits GROUP BY host, path;
CREATE INDEX host_times_host ON host_times (host);
CREATE INDEX host_times_slow ON host_times (avg_ms) WHERE avg_ms > 100;
