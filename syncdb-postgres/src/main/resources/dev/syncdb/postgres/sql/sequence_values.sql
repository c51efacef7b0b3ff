-- Current value of every sequence of the namespace (identity and serial ones included), with the
-- column that owns it when there is one; last_value is NULL for a sequence never used.
-- The namespace's sequences are those that record it in pg_depend (found by index, where pg_class
-- has no index that starts with the namespace; see object_deps.sql).
SELECT c.relname AS sequence_name,
       s.last_value,
       oc.relname AS owned_table,
       oa.attname AS owned_column
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = ?
JOIN pg_sequences s ON s.schemaname = n.nspname AND s.sequencename = c.relname
LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
      AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
LEFT JOIN pg_class oc ON oc.oid = d.refobjid
LEFT JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
WHERE c.relkind = 'S'
  AND c.oid IN (SELECT d.objid FROM pg_depend d JOIN pg_namespace dn ON dn.oid = d.refobjid
                WHERE d.refclassid = 'pg_namespace'::regclass AND d.refobjsubid = 0
                  AND d.classid = 'pg_class'::regclass AND dn.nspname = ?)
ORDER BY c.relname
