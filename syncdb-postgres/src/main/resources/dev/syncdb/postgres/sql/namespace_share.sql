-- The namespace's share of the catalog, which decides how the other queries find its objects (the
-- {{WHOLE_CATALOG}} switch, see PgCatalogScan): how many objects record the namespace in pg_depend
-- (counted by index, however large the database), and how many relations pg_class holds (the
-- planner's estimate when pg_class has been analyzed, else a count).
SELECT (SELECT count(*)
          FROM pg_depend d JOIN pg_namespace n ON n.oid = d.refobjid
         WHERE d.refclassid = 'pg_namespace'::regclass AND d.refobjsubid = 0 AND n.nspname = ?) AS owned,
       (SELECT CASE WHEN c.reltuples > 0 THEN c.reltuples::bigint ELSE (SELECT count(*) FROM pg_class) END
          FROM pg_class c WHERE c.oid = 'pg_class'::regclass) AS catalog
