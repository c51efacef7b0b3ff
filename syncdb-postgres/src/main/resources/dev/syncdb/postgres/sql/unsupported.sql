-- Objects of the namespace the model cannot represent yet, one row each: functions and
-- procedures, triggers, policies, row-level security, rules, extended statistics, extensions,
-- and domain, composite, range and base types. Objects owned by extensions are left out, and so
-- are functions a type owns (range constructors).
-- (Partitioned, partition, inheritance-child and foreign tables, exclusion constraints and
-- indexes on materialized views are reported from the other queries.)
WITH target AS (SELECT oid FROM pg_namespace WHERE nspname = ?)
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate'
                      WHEN 'w' THEN 'window function' ELSE 'function' END AS kind,
       p.proname::text AS name,
       p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS detail
FROM pg_proc p
JOIN target n ON n.oid = p.pronamespace
WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                   WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
UNION ALL
SELECT 'trigger', c.relname || '.' || tg.tgname, pg_get_triggerdef(tg.oid, true)
FROM pg_trigger tg
JOIN pg_class c ON c.oid = tg.tgrelid
JOIN target n ON n.oid = c.relnamespace
WHERE NOT tg.tgisinternal
UNION ALL
SELECT 'policy', c.relname || '.' || pol.polname,
       'for ' || CASE pol.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                 WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
FROM pg_policy pol
JOIN pg_class c ON c.oid = pol.polrelid
JOIN target n ON n.oid = c.relnamespace
UNION ALL
SELECT 'row level security', c.relname,
       CASE WHEN c.relforcerowsecurity THEN 'enabled and forced' ELSE 'enabled' END
FROM pg_class c
JOIN target n ON n.oid = c.relnamespace
WHERE c.relrowsecurity
UNION ALL
SELECT 'rule', c.relname || '.' || r.rulename, pg_get_ruledef(r.oid, true)
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class
JOIN target n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN'
UNION ALL
SELECT 'statistics', st.stxname::text, 'extended statistics on ' || c.relname
FROM pg_statistic_ext st
JOIN pg_class c ON c.oid = st.stxrelid
JOIN target n ON n.oid = st.stxnamespace
UNION ALL
SELECT 'extension', e.extname::text, 'version ' || e.extversion
FROM pg_extension e
JOIN target n ON n.oid = e.extnamespace
UNION ALL
SELECT CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type'
                      WHEN 'r' THEN 'range type' ELSE 'base type' END,
       t.typname::text,
       CASE WHEN t.typtype = 'd' THEN 'domain over ' || format_type(t.typbasetype, t.typtypmod)
            ELSE format_type(t.oid, NULL) END
FROM pg_type t
JOIN target n ON n.oid = t.typnamespace
LEFT JOIN pg_class tc ON tc.oid = t.typrelid
WHERE t.typtype IN ('d', 'c', 'r', 'b', 'p')
  AND (t.typtype <> 'c' OR tc.relkind = 'c')
  AND NOT EXISTS (SELECT 1 FROM pg_type el WHERE el.typarray = t.oid)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                   WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY 1, 2
