-- Triggers of the namespace's tables and views that PostgreSQL did not create for a constraint
-- (constraint triggers written as such included), as pg_get_triggerdef prints them (WHEN clause,
-- UPDATE OF columns, DEFERRABLE), with their firing state (O enabled, D disabled, R replica, A
-- always) and comment.
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
       tg.tgname::text AS name,
       pg_get_triggerdef(tg.oid, true) AS definition,
       tg.tgenabled::text AS enabled,
       obj_description(tg.oid, 'pg_trigger') AS comment
FROM pg_trigger tg
JOIN pg_class c ON c.oid = tg.tgrelid
JOIN target n ON n.oid = c.relnamespace
           AND ({{WHOLE_CATALOG_OR}} c.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_class'::regclass))
WHERE NOT tg.tgisinternal
ORDER BY c.relname, tg.tgname
