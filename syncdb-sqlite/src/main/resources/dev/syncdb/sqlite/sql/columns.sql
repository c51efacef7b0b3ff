-- The columns of every table, hidden (generated) ones included: one row per column.
SELECT m.name AS table_name, p.cid, p.name AS column_name, p.type, p."notnull" AS not_null,
       p.dflt_value, p.pk, p.hidden
FROM {{SCHEMA}}.sqlite_schema m
JOIN pragma_table_xinfo(m.name, ?) p
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name, p.cid
