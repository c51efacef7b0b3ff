CREATE TABLE customers (
    id bigint PRIMARY KEY,
    name text
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id)
);

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    customer_id bigint REFERENCES customers (id) ON DELETE CASCADE
);
