-- Every trigger of one database, in firing order per table, timing and event (definer, sql_mode and character sets left out).
SELECT t.TRIGGER_NAME, t.EVENT_OBJECT_TABLE, t.ACTION_TIMING, t.EVENT_MANIPULATION, t.ACTION_ORDER, t.ACTION_STATEMENT
FROM information_schema.TRIGGERS t
WHERE t.TRIGGER_SCHEMA = ?
ORDER BY t.EVENT_OBJECT_TABLE, t.ACTION_TIMING, t.EVENT_MANIPULATION, t.ACTION_ORDER
