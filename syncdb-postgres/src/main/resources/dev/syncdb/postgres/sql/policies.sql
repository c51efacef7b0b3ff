-- Row-level security policies of the namespace's tables: permissive or restrictive, command,
-- roles (PUBLIC for all), the USING and WITH CHECK expressions, and the comment.
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
SELECT c.relname::text AS table_name,
       pol.polname::text AS name,
       pol.polpermissive AS permissive,
       CASE pol.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                       WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS command,
       (SELECT string_agg(CASE WHEN r.oid = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r.oid)) END, ', '
                          ORDER BY r.oid <> 0, pg_get_userbyid(r.oid))
          FROM unnest(pol.polroles) AS r(oid)) AS roles,
       pg_get_expr(pol.polqual, pol.polrelid, true) AS using_expr,
       pg_get_expr(pol.polwithcheck, pol.polrelid, true) AS check_expr,
       obj_description(pol.oid, 'pg_policy') AS comment
FROM pg_policy pol
JOIN pg_class c ON c.oid = pol.polrelid
JOIN target n ON n.oid = c.relnamespace
           AND ({{WHOLE_CATALOG_OR}} c.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_class'::regclass))
ORDER BY c.relname, pol.polname
