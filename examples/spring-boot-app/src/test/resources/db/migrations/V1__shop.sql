-- The example shop's schema on SQLite, as a migration (the syncdb.migrations test).
CREATE TABLE customers (
  id bigint PRIMARY KEY NOT NULL,
  email varchar(200),
  name varchar(120) NOT NULL
);
CREATE TABLE customers_seq (next_val bigint);
INSERT INTO customers_seq (next_val) VALUES (1);
CREATE TABLE purchase_orders (
  id bigint PRIMARY KEY NOT NULL,
  placed_at timestamp NOT NULL,
  total numeric(12, 2) NOT NULL,
  customer_id bigint NOT NULL REFERENCES customers (id)
);
CREATE TABLE purchase_orders_seq (next_val bigint);
INSERT INTO purchase_orders_seq (next_val) VALUES (1);
