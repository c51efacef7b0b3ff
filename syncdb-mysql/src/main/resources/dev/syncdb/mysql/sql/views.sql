-- Every view of one database with its query as the server prints it.
SELECT v.TABLE_NAME, v.VIEW_DEFINITION
FROM information_schema.VIEWS v
WHERE v.TABLE_SCHEMA = ?
ORDER BY v.TABLE_NAME
