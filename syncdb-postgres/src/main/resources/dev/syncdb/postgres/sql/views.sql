-- Views and materialized views of the namespace that no extension owns.
WITH target AS (SELECT oid FROM pg_namespace WHERE nspname = ?)
SELECT c.relname,
       c.relkind = 'm' AS materialized,
       pg_get_viewdef(c.oid, true) AS definition,
       obj_description(c.oid, 'pg_class') AS comment
FROM pg_class c
JOIN target n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY c.relname
