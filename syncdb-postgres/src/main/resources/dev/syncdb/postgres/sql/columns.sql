-- The columns of every ordinary table of the namespace, in table and column order. base_oid is
-- the element type for arrays; seq_* are the options of an identity column's sequence. Comments
-- are joined from pg_description (one hash join instead of a col_description() call per column).
-- Partitioned tables and partitions are read too; inherited marks a column that a partition or
-- inheritance child has from its parent (attinhcount > 0), whether also declared locally or not:
-- ALTER TABLE ... INHERIT leaves a merged column local where CREATE TABLE ... INHERITS does not,
-- and NO INHERIT makes either local again, so both read the same.
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
SELECT a.attrelid,
       a.attnum,
       a.attname,
       format_type(a.atttypid, a.atttypmod) AS type_sql,
       format_type(CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END, NULL) AS base,
       CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END AS base_oid,
       t.typcategory = 'A' AND t.typelem <> 0 AS is_array,
       a.atttypmod,
       a.attnotnull,
       a.attidentity,
       a.attgenerated,
       c.relispartition OR a.attinhcount > 0 AS inherited,
       pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
       dsc.description AS comment,
       s.seqstart,
       s.seqincrement,
       s.seqmin,
       s.seqmax
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN target n ON n.oid = c.relnamespace
           AND ({{WHOLE_CATALOG_OR}} c.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_class'::regclass))
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_description dsc ON dsc.objoid = a.attrelid AND dsc.classoid = 'pg_class'::regclass
      AND dsc.objsubid = a.attnum
LEFT JOIN pg_depend dep ON a.attidentity <> ''
      AND dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass
      AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype = 'i'
LEFT JOIN pg_sequence s ON s.seqrelid = dep.objid
WHERE c.relkind IN ('r', 'p')
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
