CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric(12,2) NOT NULL,
    sold_on date NOT NULL
);

CREATE VIEW sales_2024 AS
    SELECT id, region, amount, sold_on FROM sales WHERE sold_on >= DATE '2024-01-01';

CREATE VIEW sales_by_region AS
    SELECT region, sum(amount) AS total FROM sales_2024 GROUP BY region;
