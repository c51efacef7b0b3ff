CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL
);

COMMENT ON TABLE customers IS 'Customers';
COMMENT ON COLUMN customers.email IS 'Email';
