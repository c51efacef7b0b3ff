-- Triggers of the namespace's tables and views that PostgreSQL did not create for a constraint
-- (constraint triggers written as such included), as pg_get_triggerdef prints them (WHEN clause,
-- UPDATE OF columns, DEFERRABLE), with their firing state (O enabled, D disabled, R replica, A
-- always) and comment.
WITH target AS (SELECT oid FROM pg_namespace WHERE nspname = ?)
SELECT c.relname::text AS table_name,
       tg.tgname::text AS name,
       pg_get_triggerdef(tg.oid, true) AS definition,
       tg.tgenabled::text AS enabled,
       obj_description(tg.oid, 'pg_trigger') AS comment
FROM pg_trigger tg
JOIN pg_class c ON c.oid = tg.tgrelid
JOIN target n ON n.oid = c.relnamespace
WHERE NOT tg.tgisinternal
ORDER BY c.relname, tg.tgname
