CREATE TABLE visits (
    id bigint PRIMARY KEY,
    path text NOT NULL,
    host text NOT NULL,
    ms integer NOT NULL
);

CREATE MATERIALIZED VIEW path_counts AS
    SELECT path, count(*) AS hits, max(ms) AS worst_ms FROM visits GROUP BY path;
CREATE UNIQUE INDEX path_counts_path ON path_counts (path);
CREATE INDEX path_counts_hits ON path_counts (hits DESC);

CREATE MATERIALIZED VIEW host_times AS
    SELECT host, path, avg(ms) AS avg_ms FROM visits GROUP BY host, path;
CREATE UNIQUE INDEX host_times_host ON host_times (host, path);
CREATE INDEX host_times_lower_path ON host_times (lower(path)) INCLUDE (avg_ms);
