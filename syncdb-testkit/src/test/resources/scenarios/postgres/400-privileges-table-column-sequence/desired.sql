-- Readers may read the table, writers may add rows (using the id sequence) and change one column.
CREATE TABLE orders (
    id serial PRIMARY KEY,
    status text NOT NULL,
    total numeric(10, 2)
);
GRANT SELECT ON orders TO reader;
GRANT SELECT, INSERT ON orders TO writer;
GRANT UPDATE (status) ON orders TO writer;
GRANT USAGE ON SEQUENCE orders_id_seq TO writer;
