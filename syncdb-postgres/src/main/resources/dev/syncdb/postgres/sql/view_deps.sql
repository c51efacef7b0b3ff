-- For each view of the namespace, the tables and views of the same namespace its query reads.
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
SELECT DISTINCT v.relname AS view_name, r.relname AS dependency
FROM pg_class v
JOIN target n ON n.oid = v.relnamespace
           AND ({{WHOLE_CATALOG_OR}} v.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_class'::regclass))
JOIN pg_rewrite rw ON rw.ev_class = v.oid
JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = rw.oid
      AND d.refclassid = 'pg_class'::regclass
JOIN pg_class r ON r.oid = d.refobjid AND r.oid <> v.oid
WHERE v.relkind IN ('v', 'm')
  AND r.relnamespace = v.relnamespace
  AND r.relkind IN ('r', 'p', 'f', 'v', 'm')
ORDER BY 1, 2
