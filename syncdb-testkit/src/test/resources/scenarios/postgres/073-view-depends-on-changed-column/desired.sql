CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric(14,2) NOT NULL,
    note varchar(50)
);

CREATE VIEW big_orders AS
    SELECT id, total, note FROM orders WHERE total > 1000;
