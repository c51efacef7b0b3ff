-- Functions (window functions among them) and procedures of the namespace that no extension or type
-- owns (aggregates have their own query): the kind, input argument types, identity arguments, full arguments, result, and the
-- CREATE OR REPLACE statement as pg_get_functiondef prints it, the comment; whether a pg_catalog routine has the
-- same name (an unqualified DROP would name that one, as pg_catalog is searched first).
-- The namespace's routines are those that record it in pg_depend (owned: found by index, where
-- pg_proc has no index that starts with the namespace; see object_deps.sql).
-- The WHOLE_CATALOG_OR template ("true OR" or nothing, chosen per namespace by PgCatalogScan; nothing
-- leaves a plain IN, which PostgreSQL plans as a join, where false OR IN would stay a per-row subplan)
-- skips that look-up when the
-- namespace holds a large share of the catalog: the namespace join alone, one scan, is then cheaper.
WITH target AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = ?),
owned AS (
    SELECT d.classid, d.objid
    FROM pg_depend d JOIN target n ON d.refobjid = n.oid
    WHERE d.refclassid = 'pg_namespace'::regclass AND d.refobjsubid = 0
)
SELECT p.proname::text AS name,
       p.prokind = 'p' AS procedure,
       p.prokind = 'w' AS window_function,
       oidvectortypes(p.proargtypes) AS argument_types,
       pg_get_function_identity_arguments(p.oid) AS identity_arguments,
       pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result,
       quote_ident(n.nspname) AS quoted_schema,
       EXISTS (SELECT 1 FROM pg_proc q WHERE q.pronamespace = 'pg_catalog'::regnamespace
                                         AND q.proname = p.proname) AS shadows_catalog,
       pg_get_functiondef(p.oid) AS definition,
       obj_description(p.oid, 'pg_proc') AS comment
FROM pg_proc p
JOIN target n ON n.oid = p.pronamespace
           AND ({{WHOLE_CATALOG_OR}} p.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_proc'::regclass))
WHERE p.prokind IN ('f', 'p', 'w')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                   WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
ORDER BY p.proname, 3, 4
