-- Every table-like relation of the namespace that no extension owns: ordinary, partitioned and
-- foreign tables. Partitions and inheritance children carry their parents' names (in inheritance
-- order, as a text array), a partitioned table its partition key (pg_get_partkeydef), a partition
-- its bound (pg_get_expr of relpartbound); parents_outside counts parents in other namespaces.
-- The replica identity (d, f, n or i with its index).
-- The namespace's relations are those that record it in pg_depend (owned: found by index, where
-- pg_class has no index that starts with the namespace; see object_deps.sql).
-- The WHOLE_CATALOG_OR template ("true OR" or nothing, chosen per namespace by PgCatalogScan; nothing
-- leaves a plain IN, which PostgreSQL plans as a join, where false OR IN would stay a per-row subplan)
-- skips that look-up when the
-- namespace holds a large share of the catalog: the namespace join alone, one scan, is then cheaper.
WITH target AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = ?),
owned AS (
    SELECT d.classid, d.objid
    FROM pg_depend d JOIN target n ON d.refobjid = n.oid
    WHERE d.refclassid = 'pg_namespace'::regclass AND d.refobjsubid = 0
)
SELECT c.oid,
       c.relname,
       c.relkind,
       c.relpersistence,
       c.relispartition,
       c.relrowsecurity,
       c.relforcerowsecurity,
       ARRAY(SELECT p.relname::text FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
              WHERE i.inhrelid = c.oid AND p.relnamespace = n.oid ORDER BY i.inhseqno) AS parents,
       (SELECT count(*) FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
         WHERE i.inhrelid = c.oid AND p.relnamespace <> n.oid) AS parents_outside,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       c.relreplident::text AS replica_identity,
       (SELECT ri.relname FROM pg_index i JOIN pg_class ri ON ri.oid = i.indexrelid
         WHERE i.indrelid = c.oid AND i.indisreplident) AS replica_index,
       obj_description(c.oid, 'pg_class') AS comment
FROM pg_class c
JOIN target n ON n.oid = c.relnamespace
           AND ({{WHOLE_CATALOG_OR}} c.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_class'::regclass))
WHERE c.relkind IN ('r', 'p', 'f')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY c.relname
