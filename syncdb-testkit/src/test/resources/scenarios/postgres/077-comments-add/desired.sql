CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL
);

COMMENT ON TABLE customers IS 'People who bought something';
COMMENT ON COLUMN customers.email IS 'Primary contact address; it''s unique per tenant';
