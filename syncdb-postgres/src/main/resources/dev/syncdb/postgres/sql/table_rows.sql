-- Every table's estimated row count, for online plans: the planner statistics (reltuples, -1 on
-- PostgreSQL 14+ until the table is first vacuumed or analyzed), else the statistics collector's
-- count of live rows (read per table with pg_stat_get_live_tuples: the pg_stat_all_tables view
-- groups every table of the database first, which grows with the database, e.g. a schema per tenant).
-- No row is read. The namespace's tables are those that record it in pg_depend (found by index,
-- where pg_class has no index that starts with the namespace; see object_deps.sql).
SELECT c.relname AS table_name,
       GREATEST(COALESCE(NULLIF(c.reltuples, -1)::bigint, pg_stat_get_live_tuples(c.oid), 0), 0) AS estimated_rows
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ?
  AND c.oid IN (SELECT d.objid FROM pg_depend d JOIN pg_namespace dn ON dn.oid = d.refobjid
                WHERE d.refclassid = 'pg_namespace'::regclass AND d.refobjsubid = 0
                  AND d.classid = 'pg_class'::regclass AND dn.nspname = ?)
  AND c.relkind IN ('r', 'p')
