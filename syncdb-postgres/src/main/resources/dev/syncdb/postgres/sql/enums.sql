-- Enum types of the namespace with their labels in sort order.
WITH target AS (SELECT oid FROM pg_namespace WHERE nspname = ?)
SELECT t.typname,
       COALESCE(array_agg(e.enumlabel ORDER BY e.enumsortorder) FILTER (WHERE e.enumlabel IS NOT NULL),
                '{}'::name[]) AS labels,
       obj_description(t.oid, 'pg_type') AS comment
FROM pg_type t
JOIN target n ON n.oid = t.typnamespace
LEFT JOIN pg_enum e ON e.enumtypid = t.oid
WHERE t.typtype = 'e'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                   WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
GROUP BY t.oid, t.typname
ORDER BY t.typname
