-- Every table's estimated row count, for online plans: information_schema.TABLES.TABLE_ROWS (InnoDB's
-- statistics estimate; no row is read).
SELECT TABLE_NAME AS table_name, COALESCE(TABLE_ROWS, 0) AS estimated_rows
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'
