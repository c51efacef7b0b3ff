CREATE TABLE documents (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    archived boolean NOT NULL DEFAULT false
);
CREATE INDEX documents_title_idx ON documents (title);
CREATE TABLE invoices (
    amount numeric NOT NULL,
    currency char(3) NOT NULL DEFAULT 'EUR',
    PRIMARY KEY (id)
) INHERITS (documents);
CREATE TABLE receipts (
    paid_at timestamptz
) INHERITS (documents);
