-- Base tables and views of one database, with engine, default collation, comment and options.
SELECT t.TABLE_NAME, t.TABLE_TYPE, t.ENGINE, t.TABLE_COLLATION, t.TABLE_COMMENT, t.CREATE_OPTIONS
FROM information_schema.TABLES t
WHERE t.TABLE_SCHEMA = ?
ORDER BY t.TABLE_NAME
