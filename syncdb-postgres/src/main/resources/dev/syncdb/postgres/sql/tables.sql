-- Every table-like relation of the namespace that no extension owns: ordinary, partitioned and
-- foreign tables. Partitions and inheritance children carry their parent's name; the replica identity
-- (d, f, n or i with its index).
WITH target AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = ?)
SELECT c.oid,
       c.relname,
       c.relkind,
       c.relpersistence,
       c.relispartition,
       c.relrowsecurity,
       c.relforcerowsecurity,
       c.relreplident::text AS replica_identity,
       (SELECT ri.relname FROM pg_index i JOIN pg_class ri ON ri.oid = i.indexrelid
         WHERE i.indrelid = c.oid AND i.indisreplident) AS replica_index,
       (SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
         WHERE i.inhrelid = c.oid ORDER BY i.inhseqno LIMIT 1) AS parent,
       obj_description(c.oid, 'pg_class') AS comment
FROM pg_class c
JOIN target n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'f')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY c.relname
