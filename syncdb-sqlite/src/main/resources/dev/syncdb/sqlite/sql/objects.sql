-- Every table, view and trigger of the schema with its stored CREATE text (internal sqlite_ objects excluded).
SELECT type, name, tbl_name, sql
FROM {{SCHEMA}}.sqlite_schema
WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY type, name
