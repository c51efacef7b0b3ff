-- Extensions installed in the namespace, with their version.
WITH target AS (SELECT oid FROM pg_namespace WHERE nspname = ?)
SELECT e.extname::text AS name,
       e.extversion AS version
FROM pg_extension e
JOIN target n ON n.oid = e.extnamespace
ORDER BY e.extname
