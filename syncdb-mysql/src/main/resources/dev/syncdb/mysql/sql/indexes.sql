-- Every index key of one database (PRIMARY included); {{EXPRESSION}} is the functional key part
-- column where the server has one (MySQL 8), else NULL.
SELECT s.TABLE_NAME, s.INDEX_NAME, s.NON_UNIQUE, s.SEQ_IN_INDEX, s.COLUMN_NAME, s.SUB_PART, s.INDEX_TYPE,
       s.COLLATION, s.INDEX_COMMENT, {{EXPRESSION}} AS EXPR
FROM information_schema.STATISTICS s
WHERE s.TABLE_SCHEMA = ?
ORDER BY s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX
