-- The view gains a column and the function a wider result: both are dropped and created again, and
-- keep their privileges (the view also gains a grantee).
CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10, 2)
);
CREATE VIEW item_names AS SELECT id, name, price FROM items WHERE price IS NOT NULL;
CREATE FUNCTION double_it(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT n * 2::bigint';
GRANT SELECT ON item_names TO reader, writer;
REVOKE EXECUTE ON FUNCTION double_it(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION double_it(integer) TO app_user;
