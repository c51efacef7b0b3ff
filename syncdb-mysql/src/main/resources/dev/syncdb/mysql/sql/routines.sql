-- Every stored function and procedure of one database with its characteristics and body (definer, sql_mode and character sets left out).
SELECT r.ROUTINE_NAME, r.ROUTINE_TYPE, r.DTD_IDENTIFIER, r.ROUTINE_DEFINITION, r.IS_DETERMINISTIC,
       r.SQL_DATA_ACCESS, r.SECURITY_TYPE, r.ROUTINE_COMMENT
FROM information_schema.ROUTINES r
WHERE r.ROUTINE_SCHEMA = ?
ORDER BY r.ROUTINE_TYPE, r.ROUTINE_NAME
