-- A view readers may read and a function only app_user may call.
CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10, 2)
);
CREATE VIEW item_names AS SELECT id, name FROM items;
CREATE FUNCTION double_it(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT n * 2';
GRANT SELECT ON item_names TO reader;
REVOKE EXECUTE ON FUNCTION double_it(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION double_it(integer) TO app_user;
