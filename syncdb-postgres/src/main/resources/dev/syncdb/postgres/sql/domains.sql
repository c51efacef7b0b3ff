-- Domains of the namespace that no extension owns: base type, collation when it differs from the
-- base type's, default, NOT NULL, and the CHECK constraints ("name definition", in name order).
-- The namespace's types are those that record it in pg_depend (owned: found by index, where
-- pg_type has no index that starts with the namespace; see object_deps.sql).
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
SELECT t.typname::text AS name,
       format_type(t.typbasetype, t.typtypmod) AS base,
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation
            THEN (SELECT quote_ident(co.collname) FROM pg_collation co WHERE co.oid = t.typcollation) END AS collation,
       t.typdefault AS default_expr,
       t.typnotnull AS not_null,
       COALESCE((SELECT array_agg(quote_ident(con.conname) || ' ' || pg_get_constraintdef(con.oid)
                                 ORDER BY con.conname)
                  FROM pg_constraint con WHERE con.contypid = t.oid AND con.contype = 'c'), '{}') AS checks
FROM pg_type t
JOIN target n ON n.oid = t.typnamespace
           AND ({{WHOLE_CATALOG_OR}} t.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_type'::regclass))
JOIN pg_type bt ON bt.oid = t.typbasetype
WHERE t.typtype = 'd'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                   WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY t.typname
