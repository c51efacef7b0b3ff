CREATE TABLE page_views (
    id bigint PRIMARY KEY,
    path text NOT NULL,
    viewed_at timestamptz NOT NULL
);

CREATE MATERIALIZED VIEW path_counts AS
    SELECT path, count(*) AS views FROM page_views GROUP BY path;
