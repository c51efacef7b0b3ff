CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE invoices (
    id bigint NOT NULL,
    customer_id bigint NOT NULL REFERENCES customers (id),
    issued_on date NOT NULL,
    amount numeric NOT NULL CHECK (amount >= 0),
    note text,
    PRIMARY KEY (id, issued_on),
    UNIQUE (customer_id, id, issued_on)
) PARTITION BY RANGE (issued_on);
CREATE INDEX invoices_customer_idx ON invoices (customer_id);
CREATE TABLE invoices_2024 PARTITION OF invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE invoices_2025 PARTITION OF invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX invoices_2025_amount_idx ON invoices_2025 (amount);
ALTER TABLE invoices_2025 ADD CONSTRAINT invoices_2025_small CHECK (amount < 1000000);
CREATE TABLE payments (
    id bigint PRIMARY KEY,
    invoice_id bigint NOT NULL,
    issued_on date NOT NULL,
    FOREIGN KEY (invoice_id, issued_on) REFERENCES invoices (id, issued_on)
);
