-- The sessions other than this one that hold (or wait for) a lock on one table: who they are, what
-- they do, since when, and which lock. {{TABLE}} is the table name as a literal (NULL = any table of
-- the namespace); the parameter is the namespace.
SELECT a.pid,
       COALESCE(NULLIF(a.application_name, ''), '(no application name)') AS application_name,
       COALESCE(a.state, 'unknown') AS state,
       EXTRACT(EPOCH FROM now() - COALESCE(a.xact_start, a.query_start, a.backend_start))::bigint AS seconds,
       string_agg(DISTINCT l.mode || CASE WHEN l.granted THEN '' ELSE ' (waiting)' END, ', ') AS modes,
       left(regexp_replace(COALESCE(a.query, ''), '\s+', ' ', 'g'), 80) AS query
FROM pg_locks l
JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'relation'
  AND l.relation IN (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = ? AND c.relkind IN ('r', 'p')
                       AND ({{TABLE}} IS NULL OR c.relname = {{TABLE}}))
  AND l.pid <> pg_backend_pid()
GROUP BY a.pid, a.application_name, a.state, a.xact_start, a.query_start, a.backend_start, a.query
ORDER BY bool_and(l.granted) DESC, seconds DESC
