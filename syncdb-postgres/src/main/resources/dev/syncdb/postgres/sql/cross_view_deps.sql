-- With several managed namespaces (the parameter, a text array): for each view of one of them, the
-- tables and views of another of them its query reads (view_deps.sql gives those of its own).
SELECT DISTINCT vn.nspname::text AS view_schema, v.relname::text AS view_name,
       rn.nspname::text AS dependency_schema, r.relname::text AS dependency
FROM pg_class v
JOIN pg_namespace vn ON vn.oid = v.relnamespace
JOIN pg_rewrite rw ON rw.ev_class = v.oid
JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = rw.oid
      AND d.refclassid = 'pg_class'::regclass
JOIN pg_class r ON r.oid = d.refobjid AND r.oid <> v.oid
JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE v.relkind IN ('v', 'm')
  AND r.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND r.relnamespace <> v.relnamespace
  AND vn.nspname = ANY(?)
  AND rn.nspname = ANY(?)
ORDER BY 1, 2, 3, 4
