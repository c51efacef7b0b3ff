CREATE TABLE page_views (
    id bigint PRIMARY KEY,
    path text NOT NULL
);

CREATE MATERIALIZED VIEW path_counts AS
    SELECT path, count(*) AS views FROM page_views GROUP BY path;

CREATE UNIQUE INDEX path_counts_path_idx ON path_counts (path);
