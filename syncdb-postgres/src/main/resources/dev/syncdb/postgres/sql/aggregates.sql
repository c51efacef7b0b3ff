-- Aggregates of the namespace that no extension owns, one row each, with the parts of CREATE
-- AGGREGATE as the catalog keeps them (PostgreSQL prints no CREATE AGGREGATE): support functions
-- (regproc prints them unqualified when the search path, the namespace, reaches them), state types,
-- initial conditions, the sort operator, the kind (normal, ordered-set, hypothetical), parallel
-- safety, the comment; identity and full arguments as for functions (ordered-set aggregates print
-- their ORDER BY). Window functions are read with the functions (functions.sql).
-- The namespace's routines are those that record it in pg_depend (owned: found by index, where
-- pg_proc has no index that starts with the namespace; see object_deps.sql).
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
SELECT p.proname::text AS name,
       oidvectortypes(p.proargtypes) AS argument_types,
       pg_get_function_identity_arguments(p.oid) AS identity_arguments,
       pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result,
       a.aggkind::text AS aggkind,
       a.aggtransfn::regproc::text AS sfunc,
       format_type(a.aggtranstype, NULL) AS stype,
       NULLIF(a.aggtransspace, 0) AS sspace,
       NULLIF(a.aggfinalfn, 0)::regproc::text AS finalfunc,
       a.aggfinalextra AS finalfunc_extra,
       a.aggfinalmodify::text AS finalfunc_modify,
       NULLIF(a.aggcombinefn, 0)::regproc::text AS combinefunc,
       NULLIF(a.aggserialfn, 0)::regproc::text AS serialfunc,
       NULLIF(a.aggdeserialfn, 0)::regproc::text AS deserialfunc,
       a.agginitval AS initcond,
       NULLIF(a.aggmtransfn, 0)::regproc::text AS msfunc,
       NULLIF(a.aggminvtransfn, 0)::regproc::text AS minvfunc,
       CASE WHEN a.aggmtranstype <> 0 THEN format_type(a.aggmtranstype, NULL) END AS mstype,
       NULLIF(a.aggmtransspace, 0) AS msspace,
       NULLIF(a.aggmfinalfn, 0)::regproc::text AS mfinalfunc,
       a.aggmfinalextra AS mfinalfunc_extra,
       a.aggmfinalmodify::text AS mfinalfunc_modify,
       a.aggminitval AS minitcond,
       (SELECT o.oprname::text FROM pg_operator o WHERE o.oid = a.aggsortop) AS sortop,
       p.proparallel::text AS parallel,
       obj_description(p.oid, 'pg_proc') AS comment
FROM pg_proc p
JOIN pg_aggregate a ON a.aggfnoid = p.oid
JOIN target n ON n.oid = p.pronamespace
           AND ({{WHOLE_CATALOG_OR}} p.oid IN (SELECT o.objid FROM owned o WHERE o.classid = 'pg_proc'::regclass))
WHERE p.prokind = 'a'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                   WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
ORDER BY p.proname, 2
