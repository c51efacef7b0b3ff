CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE VIEW customer_emails AS SELECT email FROM customers;
