CREATE TABLE documents (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE invoices (
    amount numeric NOT NULL
) INHERITS (documents);
CREATE INDEX invoices_amount_idx ON invoices (amount);
