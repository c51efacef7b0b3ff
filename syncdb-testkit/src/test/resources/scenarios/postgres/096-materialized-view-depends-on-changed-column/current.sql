CREATE TABLE page_views (
    id bigint PRIMARY KEY,
    path varchar(100) NOT NULL
);

CREATE MATERIALIZED VIEW path_counts AS
    SELECT path, count(*) AS views FROM page_views GROUP BY path;
