CREATE TABLE page_views (
    id bigint PRIMARY KEY,
    path text NOT NULL,
    viewed_at timestamptz NOT NULL
);

CREATE MATERIALIZED VIEW daily_views AS
    SELECT path, date_trunc('day', viewed_at) AS day, count(*) AS views
    FROM page_views
    GROUP BY path, date_trunc('day', viewed_at);
