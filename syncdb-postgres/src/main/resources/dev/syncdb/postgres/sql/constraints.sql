-- PRIMARY KEY, UNIQUE, FOREIGN KEY, CHECK and EXCLUDE constraints of the namespace's ordinary
-- tables (NOT NULL constraints, listed from PostgreSQL 18 on, are left out: nullability is
-- attnotnull). Key columns come as attribute numbers, named by the inspector from what columns.sql
-- read (a sub-query per row costs more than the rest of the query), except those of a referenced
-- table columns.sql does not read (another namespace, a partitioned table), named here. Column lists
-- keep key order. The printed definition, also expensive, only for CHECK and EXCLUDE, where it is
-- used. {{NULLS_NOT_DISTINCT}} is filled in by server version. Partitioned tables and partitions
-- are read; constraints a table takes over from its parent (cloned into a partition, inherited by
-- a child: coninhcount > 0, also when merged into a local one by INHERIT, or a parent constraint
-- set) are left out, and so are the clones of a
-- foreign key that points at a partitioned table (one per partition, with a parent constraint).
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
SELECT con.conrelid,
       con.conname,
       con.contype,
       con.condeferrable,
       con.condeferred,
       con.conkey AS columns,
       rn.nspname AS ref_schema,
       rc.relname AS ref_table,
       con.confrelid,
       con.confkey AS ref_attnums,
       CASE WHEN rc.relnamespace <> n.oid OR rc.relkind NOT IN ('r', 'p') THEN
           ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                 ORDER BY k.ord) END AS ref_columns_outside,
       con.confdeltype,
       con.confupdtype,
       con.confmatchtype,
       CASE WHEN con.contype IN ('c', 'x') THEN pg_get_constraintdef(con.oid) END AS definition,
       COALESCE({{NULLS_NOT_DISTINCT}}, false) AS nulls_not_distinct
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN target n ON n.oid = c.relnamespace
           AND ({{WHOLE_CATALOG_OR}} c.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_class'::regclass))
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_index i ON con.contype = 'u' AND i.indexrelid = con.conindid
WHERE c.relkind IN ('r', 'p')
  AND con.contype IN ('p', 'u', 'f', 'c', 'x')
  AND con.coninhcount = 0
  AND con.conparentid = 0
ORDER BY con.conrelid, con.conname
