-- Sequences of the namespace except those backing identity columns, with the column that owns
-- each (a serial column) when there is one.
-- The namespace's relations are those that record it in pg_depend (owned: found by index, where
-- pg_class has no index that starts with the namespace; see object_deps.sql).
-- The WHOLE_CATALOG_OR template ("true OR" or nothing, chosen per namespace by PgCatalogScan; nothing
-- leaves a plain IN, which PostgreSQL plans as a join, where false OR IN would stay a per-row subplan)
-- skips that look-up when the
-- namespace holds a large share of the catalog: the namespace join alone, one scan, is then cheaper.
WITH target AS (SELECT oid FROM pg_namespace WHERE nspname = ?),
owned AS (
    SELECT d.classid, d.objid
    FROM pg_depend d JOIN target n ON d.refobjid = n.oid
    WHERE d.refclassid = 'pg_namespace'::regclass AND d.refobjsubid = 0
)
SELECT c.relname,
       format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart,
       s.seqincrement,
       s.seqmin,
       s.seqmax,
       s.seqcache,
       s.seqcycle,
       oc.relname AS owned_table,
       oa.attname AS owned_column
FROM pg_class c
JOIN target n ON n.oid = c.relnamespace
           AND ({{WHOLE_CATALOG_OR}} c.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_class'::regclass))
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
      AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype = 'a'
LEFT JOIN pg_class oc ON oc.oid = d.refobjid
LEFT JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
WHERE c.relkind = 'S'
  AND NOT EXISTS (SELECT 1 FROM pg_depend x
                   WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype IN ('i', 'e'))
ORDER BY c.relname
