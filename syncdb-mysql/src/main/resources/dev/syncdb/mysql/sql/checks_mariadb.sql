-- Every CHECK constraint of one database (MariaDB: table- and column-level, named per table).
SELECT cc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
FROM information_schema.CHECK_CONSTRAINTS cc
WHERE cc.CONSTRAINT_SCHEMA = ?
ORDER BY cc.TABLE_NAME, cc.CONSTRAINT_NAME
