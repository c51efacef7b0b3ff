-- Every scheduled event of one database. A start time not in the future is left out (STARTS is
-- the creation time when the statement gave none, so two copies of one schema differ only there).
SELECT e.EVENT_NAME, e.EVENT_TYPE, e.EXECUTE_AT, e.INTERVAL_VALUE, e.INTERVAL_FIELD,
       CASE WHEN e.STARTS > NOW() THEN e.STARTS END AS STARTS, e.ENDS, e.ON_COMPLETION, e.STATUS,
       e.EVENT_COMMENT, e.EVENT_DEFINITION
FROM information_schema.EVENTS e
WHERE e.EVENT_SCHEMA = ?
ORDER BY e.EVENT_NAME
