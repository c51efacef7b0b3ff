-- The dependencies that cross managed namespaces (the one parameter: their names, an array), one row
-- per (dependent, referenced) pair whose sides live in two different ones, each side named by its
-- namespace, kind and identity as object_deps.sql names them: a function of one used by a default, a
-- check or a trigger of another, a domain or type of one used by a column or a routine of another.
-- Database-wide objects (extensions, event triggers) are left to object_deps.sql.
WITH target AS (SELECT oid, nspname::text AS nsp FROM pg_namespace WHERE nspname = ANY(?)),
refs (classid, objid, nsp, kind, ident) AS (
    SELECT 'pg_proc'::regclass, p.oid, n.nsp,
           CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
           p.proname || '(' || oidvectortypes(p.proargtypes) || ')'
    FROM pg_proc p JOIN target n ON n.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p', 'a')
      AND NOT EXISTS (SELECT 1 FROM pg_depend m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid
                                                  AND m.deptype = 'e')
    UNION ALL
    SELECT 'pg_type'::regclass, t.oid, n.nsp,
           CASE WHEN b.typtype = 'd' THEN 'DOMAIN'
                WHEN b.typtype = 'e' THEN 'ENUM'
                WHEN b.typtype = 'r' THEN 'RANGE_TYPE'
                WHEN bc.relkind = 'c' THEN 'COMPOSITE_TYPE'
                WHEN bc.relkind IN ('v', 'm') THEN 'VIEW'
                WHEN bc.relkind IN ('r', 'p', 'f') THEN 'TABLE' END,
           b.typname::text
    FROM pg_type t
    LEFT JOIN pg_type el ON el.oid = t.typelem AND el.typarray = t.oid
    JOIN pg_type b ON b.oid = COALESCE(el.oid, t.oid)
    JOIN target n ON n.oid = b.typnamespace
    LEFT JOIN pg_class bc ON bc.oid = b.typrelid
    WHERE NOT EXISTS (SELECT 1 FROM pg_depend m WHERE m.classid = 'pg_type'::regclass AND m.objid = b.oid
                                                  AND m.deptype = 'e')
    UNION ALL
    SELECT 'pg_class'::regclass, c.oid, n.nsp,
           CASE COALESCE(ic.relkind, c.relkind) WHEN 'c' THEN 'COMPOSITE_TYPE' WHEN 'v' THEN 'VIEW'
                                                WHEN 'm' THEN 'VIEW' ELSE 'TABLE' END,
           COALESCE(ic.relname, c.relname)::text
    FROM pg_class c JOIN target n ON n.oid = c.relnamespace
    LEFT JOIN pg_index i ON i.indexrelid = c.oid
    LEFT JOIN pg_class ic ON ic.oid = i.indrelid
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'c', 'i')
    UNION ALL
    SELECT 'pg_attrdef'::regclass, ad.oid, n.nsp, 'TABLE', c.relname::text
    FROM pg_attrdef ad JOIN pg_class c ON c.oid = ad.adrelid JOIN target n ON n.oid = c.relnamespace
    UNION ALL
    SELECT 'pg_constraint'::regclass, con.oid, n.nsp, CASE WHEN con.contypid <> 0 THEN 'DOMAIN' ELSE 'TABLE' END,
           COALESCE(c.relname, t.typname)::text
    FROM pg_constraint con JOIN target n ON n.oid = con.connamespace
    LEFT JOIN pg_class c ON c.oid = con.conrelid
    LEFT JOIN pg_type t ON t.oid = con.contypid
    UNION ALL
    SELECT 'pg_rewrite'::regclass, r.oid, n.nsp, CASE WHEN c.relkind IN ('v', 'm') THEN 'VIEW' ELSE 'TABLE' END,
           c.relname::text
    FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN target n ON n.oid = c.relnamespace
    UNION ALL
    SELECT 'pg_trigger'::regclass, tg.oid, n.nsp, 'TRIGGER', c.relname || '.' || tg.tgname
    FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN target n ON n.oid = c.relnamespace
    WHERE NOT tg.tgisinternal
    UNION ALL
    SELECT 'pg_policy'::regclass, pol.oid, n.nsp, 'POLICY', c.relname || '.' || pol.polname
    FROM pg_policy pol JOIN pg_class c ON c.oid = pol.polrelid JOIN target n ON n.oid = c.relnamespace
)
SELECT DISTINCT a.nsp, a.kind, a.ident, b.nsp AS ref_nsp, b.kind AS ref_kind, b.ident AS ref_ident,
       att.attname::text AS ref_column
FROM pg_depend d
JOIN refs a ON a.classid = d.classid AND a.objid = d.objid
JOIN refs b ON b.classid = d.refclassid AND b.objid = d.refobjid
LEFT JOIN pg_attribute att ON d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
                          AND att.attrelid = d.refobjid AND att.attnum = d.refobjsubid
WHERE d.deptype IN ('n', 'a')
  AND a.nsp <> b.nsp
  AND a.kind IS NOT NULL AND b.kind IS NOT NULL
  AND NOT (a.kind IN ('TABLE', 'VIEW', 'ENUM') AND b.kind IN ('TABLE', 'VIEW', 'ENUM'))
ORDER BY 1, 2, 3, 4, 5, 6, 7
