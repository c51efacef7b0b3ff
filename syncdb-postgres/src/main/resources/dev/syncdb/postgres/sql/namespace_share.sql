-- The namespace's share of the catalog, which decides how the other queries find its objects (the
-- WHOLE_CATALOG_OR switch, see PgCatalogScan): how many objects record the namespace in pg_depend
-- (counted by index, however large the database), and how many relations pg_class holds, estimated
-- as the planner does: the rows per page of its last analysis times the pages it has now (its file
-- size). reltuples alone lags: a database that just received 1,000 tenant schemas still had the
-- template's 410 there, against 93,930 rows. A count, when pg_class was never analyzed.
SELECT (SELECT count(*)
          FROM pg_depend d JOIN pg_namespace n ON n.oid = d.refobjid
         WHERE d.refclassid = 'pg_namespace'::regclass AND d.refobjsubid = 0 AND n.nspname = ?) AS owned,
       (SELECT CASE WHEN c.reltuples > 0 AND c.relpages > 0
                    THEN (c.reltuples / c.relpages
                          * (pg_relation_size(c.oid) / current_setting('block_size')::int))::bigint
                    ELSE (SELECT count(*) FROM pg_class) END
          FROM pg_class c WHERE c.oid = 'pg_class'::regclass) AS catalog
