CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric(10,2) NOT NULL,
    note varchar(50)
);

CREATE VIEW big_orders AS
    SELECT id, total, note FROM orders WHERE total > 1000;
