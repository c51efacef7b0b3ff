-- Run in a scratch database after the desired script: the objects it created outside the managed
-- namespace (the parameter), which the comparison leaves out. Relations, routines and domains, enum and range
-- types (composite types are relations), without the catalogs, toast and temporary namespaces,
-- objects an extension owns, and array and row types.
WITH others AS (
    SELECT oid, nspname FROM pg_namespace
    WHERE nspname <> ? AND nspname NOT IN ('pg_catalog', 'information_schema')
      AND nspname NOT LIKE 'pg\_toast%' AND nspname NOT LIKE 'pg\_temp\_%'
),
members AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e')
SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view'
                      WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table'
                      ELSE 'type' END AS kind,
       n.nspname::text AS namespace, c.relname::text AS name
FROM pg_class c JOIN others n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')
  AND NOT EXISTS (SELECT 1 FROM members m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
  AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                        AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
       n.nspname::text, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
FROM pg_proc p JOIN others n ON n.oid = p.pronamespace
WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
UNION ALL
SELECT 'type', n.nspname::text, t.typname::text
FROM pg_type t JOIN others n ON n.oid = t.typnamespace
WHERE t.typtype IN ('d', 'e', 'r')
  AND NOT EXISTS (SELECT 1 FROM members m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
ORDER BY 2, 1, 3
