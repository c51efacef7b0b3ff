-- Stand-alone composite types of the namespace that no extension owns, with their attributes in
-- order: quoted names, and types ("type [COLLATE c]").
-- The namespace's types are those that record it in pg_depend (owned: found by index, where
-- pg_type has no index that starts with the namespace; see object_deps.sql).
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
SELECT t.typname::text AS name,
       COALESCE((SELECT array_agg(quote_ident(a.attname) ORDER BY a.attnum)
                  FROM pg_attribute a
                  WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), '{}') AS attribute_names,
       COALESCE((SELECT array_agg(format_type(a.atttypid, a.atttypmod)
                                 || CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation
                                         THEN ' COLLATE ' || (SELECT quote_ident(co.collname) FROM pg_collation co
                                                               WHERE co.oid = a.attcollation)
                                         ELSE '' END
                                 ORDER BY a.attnum)
                  FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
                  WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), '{}') AS attribute_types
FROM pg_type t
JOIN target n ON n.oid = t.typnamespace
           AND ({{WHOLE_CATALOG_OR}} t.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_type'::regclass))
JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
WHERE t.typtype = 'c'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                   WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY t.typname
