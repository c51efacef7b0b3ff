-- The dependencies between the namespace's objects, one row per (dependent, referenced) pair, each
-- side named by kind and identity: extensions (an extension's member objects count as the
-- extension), functions, procedures and aggregates ("name(argument types)"), domains, enum, composite and
-- range types (array types count as their element type), tables and views (their columns,
-- defaults, constraints, indexes and rules count as the relation), triggers and policies
-- ("table.name"), event triggers whose function is in the namespace. Only normal and automatic dependencies are followed. A dependency on one column
-- of a table or view (a policy's expression, a trigger's WHEN or UPDATE OF, a routine body) also
-- names that column (ref_column), so a plan that drops or retypes the column knows who needs it.
-- A pair between tables, views and enums alone is left out: neither side is an object this
-- query's reader fills in (foreign keys and views' tables are read elsewhere). The dependencies are
-- looked up per object of the namespace (LATERAL: by index), not joined whole: pg_depend holds every
-- schema's, and a database of many tenant schemas made that join grow with the tenants. For the same
-- reason the namespace's objects are found from its own pg_depend rows (by index; pg_class, pg_type
-- and pg_proc have no index that starts with the namespace): every relation but indexes and the
-- relations of composite types, every type but arrays and row types, every routine records its
-- namespace there; the rest is reached from those (indexes by their table, row types by their
-- relation, arrays by their element).
-- When the namespace holds a large share of the catalog (one schema of 5,000 tables), one index probe per
-- object costs more than one scan of pg_class, pg_type and pg_proc: WHOLE_CATALOG_OR ("true OR" or
-- nothing, chosen per namespace by PgCatalogScan from namespace_share.sql) is then "true OR", PostgreSQL
-- folds the pg_depend branch away when it plans the query, and the namespace join alone finds the
-- objects, as before the pg_depend look-up (indexes kept out of rels as they are in the other form).
WITH target AS (SELECT oid FROM pg_namespace WHERE nspname = ?),
owned AS (
    SELECT d.classid, d.objid
    FROM pg_depend d JOIN target n ON d.refobjid = n.oid
    WHERE d.refclassid = 'pg_namespace'::regclass AND d.refobjsubid = 0
),
rels AS (
    SELECT c.oid, c.relname, c.relkind, c.reltype
    FROM pg_class c JOIN target n ON n.oid = c.relnamespace
    WHERE ({{WHOLE_CATALOG_RELS_OR}}
           c.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_class'::regclass
                        UNION ALL
                        SELECT t.typrelid FROM owned o JOIN pg_type t ON t.oid = o.objid
                        WHERE o.classid = 'pg_type'::regclass AND t.typrelid <> 0))
),
types AS (
    SELECT b.oid, b.typtype, b.typname, b.typrelid, b.typarray
    FROM pg_type b JOIN target n ON n.oid = b.typnamespace
    WHERE ({{WHOLE_CATALOG_OR}}
           b.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_type'::regclass
                        UNION ALL
                        SELECT r.reltype FROM rels r WHERE r.relkind <> 'c' AND r.reltype <> 0))
      AND NOT EXISTS (SELECT 1 FROM pg_type el WHERE el.oid = b.typelem AND el.typarray = b.oid)
),
members AS (
    SELECT d.classid, d.objid, e.extname::text AS ident
    FROM pg_depend d
    JOIN pg_extension e ON e.oid = d.refobjid
    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
),
refs (classid, objid, kind, ident) AS (
    SELECT classid, objid, 'EXTENSION', ident FROM members WHERE classid <> 'pg_type'::regclass
    UNION ALL
    SELECT 'pg_extension'::regclass, e.oid, 'EXTENSION', e.extname::text
    FROM pg_extension e JOIN target n ON n.oid = e.extnamespace
    UNION ALL
    SELECT 'pg_proc'::regclass, p.oid,
           CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
           p.proname || '(' || oidvectortypes(p.proargtypes) || ')'
    FROM pg_proc p JOIN target n ON n.oid = p.pronamespace
    WHERE ({{WHOLE_CATALOG_OR}} p.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_proc'::regclass))
      AND p.prokind IN ('f', 'p', 'a', 'w')
      AND NOT EXISTS (SELECT 1 FROM members m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
    UNION ALL
    SELECT 'pg_type'::regclass, t.oid,
           CASE WHEN m.ident IS NOT NULL THEN 'EXTENSION'
                WHEN b.typtype = 'd' THEN 'DOMAIN'
                WHEN b.typtype = 'e' THEN 'ENUM'
                WHEN b.typtype = 'r' THEN 'RANGE_TYPE'
                WHEN bc.relkind = 'c' THEN 'COMPOSITE_TYPE'
                WHEN bc.relkind IN ('v', 'm') THEN 'VIEW'
                WHEN bc.relkind IN ('r', 'p', 'f') THEN 'TABLE' END,
           COALESCE(m.ident, b.typname::text)
    FROM types b
    CROSS JOIN LATERAL (SELECT b.oid
                        UNION ALL
                        SELECT a.oid FROM pg_type a WHERE a.oid = b.typarray AND a.typelem = b.oid) t (oid)
    LEFT JOIN pg_class bc ON bc.oid = b.typrelid
    LEFT JOIN members m ON m.classid = 'pg_type'::regclass AND m.objid = b.oid
    UNION ALL
    SELECT 'pg_class'::regclass, c.oid,
           CASE c.relkind WHEN 'c' THEN 'COMPOSITE_TYPE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'VIEW' ELSE 'TABLE' END,
           c.relname::text
    FROM rels c
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'c')
    UNION ALL
    SELECT 'pg_class'::regclass, i.indexrelid,
           CASE c.relkind WHEN 'c' THEN 'COMPOSITE_TYPE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'VIEW' ELSE 'TABLE' END,
           c.relname::text
    FROM rels c JOIN pg_index i ON i.indrelid = c.oid JOIN pg_class ic ON ic.oid = i.indexrelid
    WHERE ic.relkind = 'i'
    UNION ALL
    SELECT 'pg_attrdef'::regclass, ad.oid, 'TABLE', c.relname::text
    FROM rels c JOIN pg_attrdef ad ON ad.adrelid = c.oid
    UNION ALL
    SELECT 'pg_constraint'::regclass, con.oid, 'TABLE', c.relname::text
    FROM rels c JOIN pg_constraint con ON con.conrelid = c.oid
    UNION ALL
    SELECT 'pg_constraint'::regclass, con.oid, 'DOMAIN', t.typname::text
    FROM types t JOIN pg_constraint con ON con.contypid = t.oid
    UNION ALL
    SELECT 'pg_rewrite'::regclass, r.oid, CASE WHEN c.relkind IN ('v', 'm') THEN 'VIEW' ELSE 'TABLE' END,
           c.relname::text
    FROM rels c JOIN pg_rewrite r ON r.ev_class = c.oid
    UNION ALL
    SELECT 'pg_trigger'::regclass, tg.oid, 'TRIGGER', c.relname || '.' || tg.tgname
    FROM rels c JOIN pg_trigger tg ON tg.tgrelid = c.oid
    WHERE NOT tg.tgisinternal
    UNION ALL
    SELECT 'pg_policy'::regclass, pol.oid, 'POLICY', c.relname || '.' || pol.polname
    FROM rels c JOIN pg_policy pol ON pol.polrelid = c.oid
    UNION ALL
    SELECT 'pg_event_trigger'::regclass, et.oid, 'EVENT_TRIGGER', et.evtname::text
    FROM pg_event_trigger et JOIN pg_proc p ON p.oid = et.evtfoid JOIN target n ON n.oid = p.pronamespace
)
SELECT DISTINCT a.kind, a.ident, b.kind AS ref_kind, b.ident AS ref_ident, att.attname::text AS ref_column
FROM refs a
CROSS JOIN LATERAL (SELECT * FROM pg_depend x WHERE x.classid = a.classid AND x.objid = a.objid) d
JOIN refs b ON b.classid = d.refclassid AND b.objid = d.refobjid
LEFT JOIN pg_attribute att ON d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
                          AND att.attrelid = d.refobjid AND att.attnum = d.refobjsubid
WHERE d.deptype IN ('n', 'a')
  AND a.kind IS NOT NULL AND b.kind IS NOT NULL
  AND (a.kind, a.ident) IS DISTINCT FROM (b.kind, b.ident)
  AND NOT (a.kind IN ('TABLE', 'VIEW', 'ENUM') AND b.kind IN ('TABLE', 'VIEW', 'ENUM'))
ORDER BY 1, 2, 3, 4, 5
