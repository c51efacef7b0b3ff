-- Every table's estimated row count, for online plans: the planner statistics (reltuples, -1 on
-- PostgreSQL 14+ until the table is first vacuumed or analyzed), else the statistics collector's
-- count of live rows. No row is read.
SELECT c.relname AS table_name,
       GREATEST(COALESCE(NULLIF(c.reltuples, -1)::bigint, s.n_live_tup, 0), 0) AS estimated_rows
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_stat_all_tables s ON s.relid = c.oid
WHERE n.nspname = ?
  AND c.relkind IN ('r', 'p')
