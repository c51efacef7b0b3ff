-- Triggers of the namespace's tables and views that PostgreSQL did not create for a constraint,
-- as pg_get_triggerdef prints them.
WITH target AS (SELECT oid FROM pg_namespace WHERE nspname = ?)
SELECT c.relname::text AS table_name,
       tg.tgname::text AS name,
       pg_get_triggerdef(tg.oid, true) AS definition
FROM pg_trigger tg
JOIN pg_class c ON c.oid = tg.tgrelid
JOIN target n ON n.oid = c.relnamespace
WHERE NOT tg.tgisinternal
ORDER BY c.relname, tg.tgname
