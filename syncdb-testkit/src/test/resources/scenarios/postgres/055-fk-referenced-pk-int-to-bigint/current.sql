CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id)
);

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES customers (id) ON DELETE CASCADE
);
