-- Owners of the namespace's tables, views, materialized views, sequences (not those a column owns:
-- they follow their table), functions, procedures, aggregates, types and domains that no extension
-- owns, one row each, where the owner is not the role that reads the catalog: an object that role
-- owns (in a scratch place, every object the desired schema does not give to another role) has no
-- row. on_sql names the object as ALTER ... OWNER TO takes it; target_kind is its kind in the model.
-- Partitions are left out, as for privileges. The namespace's objects are found from its own pg_depend
-- rows (by index: pg_class, pg_proc and pg_type have none that starts with the namespace).
-- The WHOLE_CATALOG_OR template ("true OR" or nothing, chosen per namespace by PgCatalogScan; nothing
-- leaves a plain IN, which PostgreSQL plans as a join, where false OR IN would stay a per-row subplan)
-- skips that look-up when the
-- namespace holds a large share of the catalog: the namespace join alone, one scan, is then cheaper.
WITH target AS (SELECT oid FROM pg_namespace WHERE nspname = ?),
owned AS (
    SELECT d.classid, d.objid
    FROM pg_depend d JOIN target n ON d.refobjid = n.oid
    WHERE d.refclassid = 'pg_namespace'::regclass AND d.refobjsubid = 0
),
me AS (SELECT oid FROM pg_roles WHERE rolname = current_user)
SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END
           AS on_kind,
       CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'VIEW' ELSE 'TABLE' END AS target_kind,
       c.relname::text AS object,
       CASE c.relkind WHEN 'S' THEN 'SEQUENCE ' WHEN 'v' THEN 'VIEW ' WHEN 'm' THEN 'MATERIALIZED VIEW ' ELSE 'TABLE ' END
           || quote_ident(c.relname) AS on_sql,
       pg_get_userbyid(c.relowner)::text AS owner
FROM pg_class c
JOIN target n ON n.oid = c.relnamespace
WHERE ({{WHOLE_CATALOG_OR}} c.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_class'::regclass))
  AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND NOT c.relispartition
  AND c.relowner <> (SELECT oid FROM me)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype IN ('e', 'i', 'a') AND (c.relkind = 'S' OR d.deptype = 'e'))
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
       CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
       p.proname || '(' || oidvectortypes(p.proargtypes) || ')',
       CASE p.prokind WHEN 'p' THEN 'PROCEDURE ' WHEN 'a' THEN 'AGGREGATE ' ELSE 'FUNCTION ' END || quote_ident(p.proname)
           || '(' || CASE WHEN p.prokind = 'a' AND p.pronargs = 0 THEN '*'
                          ELSE pg_get_function_identity_arguments(p.oid) END || ')',
       pg_get_userbyid(p.proowner)::text
FROM pg_proc p
JOIN target n ON n.oid = p.pronamespace
WHERE ({{WHOLE_CATALOG_OR}} p.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_proc'::regclass))
  AND p.prokind IN ('f', 'p', 'a', 'w') AND p.proowner <> (SELECT oid FROM me)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                    AND d.deptype IN ('e', 'i'))
UNION ALL
SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
       CASE t.typtype WHEN 'd' THEN 'DOMAIN' WHEN 'e' THEN 'ENUM' WHEN 'c' THEN 'COMPOSITE_TYPE' ELSE 'RANGE_TYPE' END,
       t.typname::text,
       CASE t.typtype WHEN 'd' THEN 'DOMAIN ' ELSE 'TYPE ' END || quote_ident(t.typname),
       pg_get_userbyid(t.typowner)::text
FROM pg_type t
JOIN target n ON n.oid = t.typnamespace
LEFT JOIN pg_class c ON c.oid = t.typrelid
WHERE ({{WHOLE_CATALOG_OR}} t.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_type'::regclass))
  AND t.typtype IN ('c', 'd', 'e', 'r') AND (t.typrelid = 0 OR c.relkind = 'c') AND t.typowner <> (SELECT oid FROM me)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                    AND d.deptype = 'e')
ORDER BY 1, 3
