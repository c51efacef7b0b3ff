-- The key columns of every index of every table (constraint autoindexes included), with the
-- index's origin ('c' CREATE INDEX, 'u' UNIQUE constraint, 'pk' PRIMARY KEY) and stored SQL.
SELECT m.name AS table_name, il.name AS index_name, il."unique" AS is_unique, il.origin, il.partial,
       x.seqno, x.cid, x.name AS column_name, x."desc" AS descending, x.coll, s.sql
FROM {{SCHEMA}}.sqlite_schema m
JOIN pragma_index_list(m.name, ?) il
JOIN pragma_index_xinfo(il.name, ?) x
LEFT JOIN {{SCHEMA}}.sqlite_schema s ON s.type = 'index' AND s.name = il.name
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' AND x.key = 1
ORDER BY m.name, il.name, x.seqno
