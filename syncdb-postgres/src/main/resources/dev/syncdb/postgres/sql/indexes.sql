-- Indexes of the namespace's tables and materialized views that do not back a PRIMARY KEY,
-- UNIQUE or EXCLUDE constraint. Per key position (1-based, key columns then INCLUDE columns):
-- the printed key, whether it is an expression, the ordering options, the opclass when it is
-- not the default and the collation when it differs from the key's own.
-- {{NULLS_NOT_DISTINCT}} is filled in by server version. The full pg_get_indexdef text is not
-- asked for (it cost about as much as the rest of the query): the reader builds the display text
-- from these parts. Indexes of partitioned tables are read; a partition's index that is a
-- partition of its parent's index (a pg_inherits row) is the parent's and left out. indisvalid is
-- false for the leftover of a failed CREATE INDEX CONCURRENTLY.
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
SELECT i.indrelid,
       c.relkind AS table_kind,
       c.relname AS table_name,
       ic.relname AS name,
       i.indisunique,
       NULLIF(am.amname, 'btree') AS method,
       i.indnkeyatts,
       ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)
             FROM generate_series(1, i.indnatts) k ORDER BY k) AS keys,
       ARRAY(SELECT k.attnum = 0 FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
             ORDER BY k.ord) AS is_expression,
       ARRAY(SELECT k.opt FROM unnest(i.indoption::int2[]) WITH ORDINALITY k(opt, ord)
             ORDER BY k.ord) AS options,
       ARRAY(SELECT CASE WHEN opc.opcdefault THEN NULL ELSE opc.opcname END
             FROM unnest(i.indclass::oid[]) WITH ORDINALITY k(opc, ord)
             JOIN pg_opclass opc ON opc.oid = k.opc ORDER BY k.ord) AS opclasses,
       ARRAY(SELECT CASE WHEN k.coll = 0 OR k.coll = COALESCE(ta.attcollation, ty.typcollation)
                         THEN NULL ELSE co.collname END
             FROM unnest(i.indcollation::oid[]) WITH ORDINALITY k(coll, ord)
             JOIN pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = k.ord
             JOIN pg_type ty ON ty.oid = ia.atttypid
             LEFT JOIN pg_attribute ta ON ta.attrelid = i.indrelid AND ta.attnum = i.indkey[k.ord - 1]
                                      AND i.indkey[k.ord - 1] <> 0
             LEFT JOIN pg_collation co ON co.oid = k.coll
             ORDER BY k.ord) AS collations,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       COALESCE({{NULLS_NOT_DISTINCT}}, false) AS nulls_not_distinct,
       i.indisvalid
FROM pg_index i
JOIN pg_class c ON c.oid = i.indrelid
JOIN target n ON n.oid = c.relnamespace
           AND ({{WHOLE_CATALOG_OR}} c.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_class'::regclass))
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
WHERE c.relkind IN ('r', 'm', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_inherits ih WHERE ih.inhrelid = i.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                   WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                     AND con.contype IN ('p', 'u', 'x'))
ORDER BY i.indrelid, ic.relname
