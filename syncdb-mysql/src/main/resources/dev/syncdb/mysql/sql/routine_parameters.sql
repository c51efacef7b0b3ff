-- The parameters of every stored function and procedure of one database, in order (a function's result, position 0, left out).
SELECT p.SPECIFIC_NAME, p.ROUTINE_TYPE, p.PARAMETER_MODE, p.PARAMETER_NAME, p.DTD_IDENTIFIER
FROM information_schema.PARAMETERS p
WHERE p.SPECIFIC_SCHEMA = ? AND p.ORDINAL_POSITION > 0
ORDER BY p.ROUTINE_TYPE, p.SPECIFIC_NAME, p.ORDINAL_POSITION
