CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE VIEW customer_emails AS SELECT email FROM customers;

COMMENT ON TABLE customers IS 'Customers';
COMMENT ON COLUMN customers.id IS 'Surrogate key';
COMMENT ON VIEW customer_emails IS 'For the mailer';
