-- The foreign keys of every table: one row per referencing column.
SELECT m.name AS table_name, f.id, f.seq, f."table" AS ref_table, f."from" AS from_column,
       f."to" AS to_column, f.on_update, f.on_delete, f."match" AS match_rule
FROM {{SCHEMA}}.sqlite_schema m
JOIN pragma_foreign_key_list(m.name, ?) f
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name, f.id, f.seq
