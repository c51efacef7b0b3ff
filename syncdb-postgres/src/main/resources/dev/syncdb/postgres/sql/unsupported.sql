-- Objects of the namespace the model cannot represent yet, one row each: rules, extended statistics,
-- and base (and pseudo) types. Objects owned by extensions are left out. (Extensions, domains,
-- composite and range types, functions (window functions too), procedures, aggregates, triggers,
-- policies, row-level security and indexes on materialized views are managed: see their
-- own queries.) (Foreign tables and tables derived from another schema's tables are reported from
-- the other queries.)
-- The namespace's relations and types are those that record it in pg_depend (owned: found by index, where
-- pg_class and pg_type have no index that starts with the namespace; see object_deps.sql).
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
SELECT 'rule' AS kind, c.relname || '.' || r.rulename AS name, pg_get_ruledef(r.oid, true) AS detail
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class
JOIN target n ON n.oid = c.relnamespace
           AND ({{WHOLE_CATALOG_OR}} c.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_class'::regclass))
WHERE r.rulename <> '_RETURN'
UNION ALL
SELECT 'statistics', st.stxname::text, 'extended statistics on ' || c.relname
FROM pg_statistic_ext st
JOIN pg_class c ON c.oid = st.stxrelid
JOIN target n ON n.oid = st.stxnamespace
UNION ALL
SELECT 'base type', t.typname::text, format_type(t.oid, NULL)
FROM pg_type t
JOIN target n ON n.oid = t.typnamespace
           AND ({{WHOLE_CATALOG_OR}} t.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_type'::regclass))
WHERE t.typtype IN ('b', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_type el WHERE el.typarray = t.oid)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                   WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY 1, 2
