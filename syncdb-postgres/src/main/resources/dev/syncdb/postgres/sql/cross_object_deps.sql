-- The dependencies that cross managed namespaces (the one parameter: their names, an array), one row
-- per (dependent, referenced) pair whose sides live in two different ones, each side named by its
-- namespace, kind and identity as object_deps.sql names them: a function of one used by a default, a
-- check or a trigger of another, a domain or type of one used by a column or a routine of another.
-- Database-wide objects (extensions, event triggers) are left to object_deps.sql. As there, the
-- namespaces' objects are found from their own pg_depend rows and their dependencies looked up per
-- object (by index), so the query does not grow with the other schemas of the database.
WITH target AS (SELECT oid, nspname::text AS nsp FROM pg_namespace WHERE nspname = ANY(?)),
owned AS (
    SELECT d.classid, d.objid
    FROM pg_depend d JOIN target n ON d.refobjid = n.oid
    WHERE d.refclassid = 'pg_namespace'::regclass AND d.refobjsubid = 0
),
rels AS (
    SELECT c.oid, c.relname, c.relkind, c.reltype, n.nsp
    FROM pg_class c JOIN target n ON n.oid = c.relnamespace
    WHERE c.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_class'::regclass
                    UNION ALL
                    SELECT t.typrelid FROM owned o JOIN pg_type t ON t.oid = o.objid
                    WHERE o.classid = 'pg_type'::regclass AND t.typrelid <> 0)
),
types AS (
    SELECT b.oid, b.typtype, b.typname, b.typrelid, b.typarray, n.nsp
    FROM pg_type b JOIN target n ON n.oid = b.typnamespace
    WHERE b.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_type'::regclass
                    UNION ALL
                    SELECT r.reltype FROM rels r WHERE r.relkind <> 'c' AND r.reltype <> 0)
      AND NOT EXISTS (SELECT 1 FROM pg_type el WHERE el.oid = b.typelem AND el.typarray = b.oid)
),
refs (classid, objid, nsp, kind, ident) AS (
    SELECT 'pg_proc'::regclass, p.oid, n.nsp,
           CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
           p.proname || '(' || oidvectortypes(p.proargtypes) || ')'
    FROM pg_proc p JOIN target n ON n.oid = p.pronamespace
    WHERE p.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_proc'::regclass)
      AND p.prokind IN ('f', 'p', 'a')
      AND NOT EXISTS (SELECT 1 FROM pg_depend m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid
                                                  AND m.deptype = 'e')
    UNION ALL
    SELECT 'pg_type'::regclass, t.oid, b.nsp,
           CASE WHEN b.typtype = 'd' THEN 'DOMAIN'
                WHEN b.typtype = 'e' THEN 'ENUM'
                WHEN b.typtype = 'r' THEN 'RANGE_TYPE'
                WHEN bc.relkind = 'c' THEN 'COMPOSITE_TYPE'
                WHEN bc.relkind IN ('v', 'm') THEN 'VIEW'
                WHEN bc.relkind IN ('r', 'p', 'f') THEN 'TABLE' END,
           b.typname::text
    FROM types b
    CROSS JOIN LATERAL (SELECT b.oid
                        UNION ALL
                        SELECT a.oid FROM pg_type a WHERE a.oid = b.typarray AND a.typelem = b.oid) t (oid)
    LEFT JOIN pg_class bc ON bc.oid = b.typrelid
    WHERE NOT EXISTS (SELECT 1 FROM pg_depend m WHERE m.classid = 'pg_type'::regclass AND m.objid = b.oid
                                                  AND m.deptype = 'e')
    UNION ALL
    SELECT 'pg_class'::regclass, c.oid, c.nsp,
           CASE c.relkind WHEN 'c' THEN 'COMPOSITE_TYPE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'VIEW' ELSE 'TABLE' END,
           c.relname::text
    FROM rels c
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'c')
    UNION ALL
    SELECT 'pg_class'::regclass, i.indexrelid, c.nsp,
           CASE c.relkind WHEN 'c' THEN 'COMPOSITE_TYPE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'VIEW' ELSE 'TABLE' END,
           c.relname::text
    FROM rels c JOIN pg_index i ON i.indrelid = c.oid JOIN pg_class ic ON ic.oid = i.indexrelid
    WHERE ic.relkind = 'i'
    UNION ALL
    SELECT 'pg_attrdef'::regclass, ad.oid, c.nsp, 'TABLE', c.relname::text
    FROM rels c JOIN pg_attrdef ad ON ad.adrelid = c.oid
    UNION ALL
    SELECT 'pg_constraint'::regclass, con.oid, c.nsp, 'TABLE', c.relname::text
    FROM rels c JOIN pg_constraint con ON con.conrelid = c.oid
    UNION ALL
    SELECT 'pg_constraint'::regclass, con.oid, t.nsp, 'DOMAIN', t.typname::text
    FROM types t JOIN pg_constraint con ON con.contypid = t.oid
    UNION ALL
    SELECT 'pg_rewrite'::regclass, r.oid, c.nsp, CASE WHEN c.relkind IN ('v', 'm') THEN 'VIEW' ELSE 'TABLE' END,
           c.relname::text
    FROM rels c JOIN pg_rewrite r ON r.ev_class = c.oid
    UNION ALL
    SELECT 'pg_trigger'::regclass, tg.oid, c.nsp, 'TRIGGER', c.relname || '.' || tg.tgname
    FROM rels c JOIN pg_trigger tg ON tg.tgrelid = c.oid
    WHERE NOT tg.tgisinternal
    UNION ALL
    SELECT 'pg_policy'::regclass, pol.oid, c.nsp, 'POLICY', c.relname || '.' || pol.polname
    FROM rels c JOIN pg_policy pol ON pol.polrelid = c.oid
)
SELECT DISTINCT a.nsp, a.kind, a.ident, b.nsp AS ref_nsp, b.kind AS ref_kind, b.ident AS ref_ident,
       att.attname::text AS ref_column
FROM refs a
CROSS JOIN LATERAL (SELECT * FROM pg_depend x WHERE x.classid = a.classid AND x.objid = a.objid) d
JOIN refs b ON b.classid = d.refclassid AND b.objid = d.refobjid
LEFT JOIN pg_attribute att ON d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
                          AND att.attrelid = d.refobjid AND att.attnum = d.refobjsubid
WHERE d.deptype IN ('n', 'a')
  AND a.nsp <> b.nsp
  AND a.kind IS NOT NULL AND b.kind IS NOT NULL
  AND NOT (a.kind IN ('TABLE', 'VIEW', 'ENUM') AND b.kind IN ('TABLE', 'VIEW', 'ENUM'))
ORDER BY 1, 2, 3, 4, 5, 6, 7
